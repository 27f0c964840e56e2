import type { Client } from "openapi-fetch";
import type { components, paths } from "./gen/msg-json.js";
import {
  fileDownloadRecordRequestSchema,
  fileDownloadRecordResponseSchema,
  listMessageEditRecordRequestSchema,
  listMessageEditRecordResponseSchema,
} from "./json-schemas.js";

type Schemas = components["schemas"];
/** Body of `listMessageEditRecord`. */
export type ListMessageEditRecordRequest = Schemas["ListMessageEditRecordRequest"];
/** Answer of `listMessageEditRecord`. */
export type ListMessageEditRecordResponse = Schemas["ListMessageEditRecordResponse"];
/** One earlier version of an edited message. */
export type MessageEditRecord = Schemas["MessageEditRecord"];
/** Body of `fileDownloadRecord`. */
export type FileDownloadRecordRequest = Schemas["FileDownloadRecordRequest"];
/** Answer of `fileDownloadRecord`. */
export type FileDownloadRecordResponse = Schemas["FileDownloadRecordResponse"];

/** The openapi-fetch client over the JSON endpoints, typed by the generated OpenAPI paths. */
export type YunhuJsonApi = Client<paths>;

/**
 * The two JSON endpoints, their paths checked against the OpenAPI document's. File download
 * records are events, so they are not repeated after an unknown outcome; reading edit history is.
 */
export const jsonEndpoints = {
  listMessageEditRecord: {
    path: "/v1/msg/list-message-edit-record",
    idempotent: true,
    requestSchema: listMessageEditRecordRequestSchema,
    responseSchema: listMessageEditRecordResponseSchema,
  },
  fileDownloadRecord: {
    path: "/v1/msg/file-download-record",
    idempotent: false,
    requestSchema: fileDownloadRecordRequestSchema,
    responseSchema: fileDownloadRecordResponseSchema,
  },
} as const satisfies Record<string, { readonly path: keyof paths; readonly [key: string]: unknown }>;
