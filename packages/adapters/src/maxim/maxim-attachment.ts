import * as v from "valibot";
import { InvalidSourceMessageError } from "../conversion/adapter-errors.js";

/**
 * The `attachment` JSON of MaxIM media messages. `url`, `dName`, `fLen`, `duration`, `width` and
 * `height` are the vendor's keys; `latitude`, `longitude` and `address` are what chatwire writes
 * for LOCATION, named after the vendor SDK's location attachment. Unknown keys are kept.
 */
const attachmentSchema = v.looseObject({
  url: v.optional(v.string()),
  dName: v.optional(v.string()),
  fLen: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  duration: v.optional(v.pipe(v.number(), v.minValue(0))),
  width: v.optional(v.pipe(v.number(), v.minValue(0))),
  height: v.optional(v.pipe(v.number(), v.minValue(0))),
  latitude: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  longitude: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
  address: v.optional(v.string()),
});

export type MaximAttachment = v.InferOutput<typeof attachmentSchema>;

export function parseMaximAttachment(text: string | undefined): MaximAttachment {
  if (text === undefined || text.trim() === "") return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidSourceMessageError("maxim", "attachment", "is not valid JSON", { cause: error });
  }
  const result = v.safeParse(attachmentSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join(".") ?? "";
    throw new InvalidSourceMessageError(
      "maxim",
      path ? `attachment.${path}` : "attachment",
      `is invalid: ${issue.message}`,
    );
  }
  return result.output;
}

/** Serializes an attachment with its keys in a stable order and unset keys left out. */
export function formatMaximAttachment(attachment: MaximAttachment): string {
  const defined = Object.entries(attachment).filter(([, value]) => value !== undefined);
  return defined.length ? JSON.stringify(Object.fromEntries(defined)) : "";
}
