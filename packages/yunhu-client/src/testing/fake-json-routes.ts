import * as v from "valibot";
import type { jsonEndpoints } from "../json-endpoints.js";
import {
  describeIssues,
  fileDownloadRecordRequestSchema,
  listMessageEditRecordRequestSchema,
} from "../json-schemas.js";
import type { FakeChatStore, FakeYunhuUser } from "./fake-chat-store.js";
import { FakeRefusal, fakeStatusCode } from "./fake-refusal.js";

type JsonHandler = (store: FakeChatStore, user: FakeYunhuUser, body: unknown) => Record<string, unknown>;

function validated<T>(schema: v.GenericSchema<unknown, T>, body: unknown): T {
  const result = v.safeParse(schema, body);
  if (!result.success) throw new FakeRefusal(fakeStatusCode.invalidRequest, describeIssues(result.issues));
  return result.output;
}

/** The fake's behaviour per JSON endpoint; the server wraps each answer in `{code: 1, msg: "success"}`. */
export const fakeJsonRoutes: { readonly [M in keyof typeof jsonEndpoints]: JsonHandler } = {
  listMessageEditRecord: (store, _user, body) => {
    const { msgId, page, size } = validated(listMessageEditRecordRequestSchema, body);
    return { data: store.editRecords(msgId, page, size) };
  },
  fileDownloadRecord: (store, user, body) => {
    const { msgId, downloadPath } = validated(fileDownloadRecordRequestSchema, body);
    store.recordDownload(user, msgId, downloadPath);
    return {};
  },
};
