import type { Client } from "openapi-fetch";
import type { components, paths } from "./gen/msg-json.js";
import {
  fileDownloadRecordRequestSchema,
  fileDownloadRecordResponseSchema,
  listMessageEditRecordRequestSchema,
  listMessageEditRecordResponseSchema,
} from "./json-schemas.js";

type Schemas = components["schemas"];
export type ListMessageEditRecordRequest = Schemas["ListMessageEditRecordRequest"];
export type ListMessageEditRecordResponse = Schemas["ListMessageEditRecordResponse"];
export type MessageEditRecord = Schemas["MessageEditRecord"];
export type FileDownloadRecordRequest = Schemas["FileDownloadRecordRequest"];
export type FileDownloadRecordResponse = Schemas["FileDownloadRecordResponse"];

/** The openapi-fetch client over the JSON endpoints, typed by the generated OpenAPI paths. */
export type YunhuJsonApi = Client<paths>;

/** The JSON answer before validation: openapi-fetch hands the body over as text for lossless parsing. */
export interface JsonPostResult {
  readonly response: Response;
  readonly data?: string | undefined;
}

/**
 * The two JSON endpoints. The POST helpers name literal paths so openapi-fetch checks the body
 * type against the OpenAPI document. File download records are events, so they are not repeated
 * after an unknown outcome; reading edit history is.
 */
export const jsonEndpoints = {
  listMessageEditRecord: {
    path: "/v1/msg/list-message-edit-record",
    idempotent: true,
    requestSchema: listMessageEditRecordRequestSchema,
    responseSchema: listMessageEditRecordResponseSchema,
    post: (
      api: YunhuJsonApi,
      body: ListMessageEditRecordRequest,
      signal: AbortSignal,
    ): Promise<JsonPostResult> =>
      api.POST("/v1/msg/list-message-edit-record", { body, signal, parseAs: "text" }),
  },
  fileDownloadRecord: {
    path: "/v1/msg/file-download-record",
    idempotent: false,
    requestSchema: fileDownloadRecordRequestSchema,
    responseSchema: fileDownloadRecordResponseSchema,
    post: (
      api: YunhuJsonApi,
      body: FileDownloadRecordRequest,
      signal: AbortSignal,
    ): Promise<JsonPostResult> => api.POST("/v1/msg/file-download-record", { body, signal, parseAs: "text" }),
  },
} as const satisfies Record<string, { readonly path: keyof paths; readonly [key: string]: unknown }>;
