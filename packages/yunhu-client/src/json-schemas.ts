import * as v from "valibot";

/** JSON numbers that are exact integers (int32/int64 fields); lossless parsing makes larger ones bigint. */
export const integer = v.pipe(v.number(), v.safeInteger());

/** `{code, msg}`: what every JSON answer carries, success or not. Unknown keys are kept. */
export const envelopeSchema = v.looseObject({ code: integer, msg: v.string() });

export const messageEditRecordSchema = v.looseObject({
  id: integer,
  msgId: v.string(),
  contentType: integer,
  contentOld: v.string(),
  createTime: integer,
  msgTime: integer,
});

export const listMessageEditRecordResponseSchema = v.looseObject({
  code: integer,
  msg: v.string(),
  data: v.optional(v.looseObject({ list: v.array(messageEditRecordSchema), total: integer })),
});

export const fileDownloadRecordResponseSchema = envelopeSchema;

/** Request bodies: exactly the documented keys, so a misspelt key is refused rather than dropped. */
export const listMessageEditRecordRequestSchema = v.strictObject({
  msgId: v.string(),
  size: v.pipe(integer, v.minValue(1)),
  page: v.pipe(integer, v.minValue(1)),
});

export const fileDownloadRecordRequestSchema = v.strictObject({
  msgId: v.string(),
  downloadPath: v.string(),
});

/** One line naming the first problem, e.g. `data.list.0.msgTime: Invalid type: Expected number but received "x"`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return "invalid value";
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
