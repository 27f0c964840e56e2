export type {
  CallOptions,
  HttpHooks,
  HttpRequestEvent,
  HttpResponseEvent,
  HttpRetryEvent,
  RetryOptions,
} from "@chatwire/http-core";
export {
  type DecodeLimits,
  isProtobufDecodeError,
  ProtobufDecodeError,
  type ProtobufDecodeReason,
  WireReader,
} from "@chatwire/protobuf-runtime";
export type { YunhuClientOptions } from "./client-options.js";
export {
  createYunhuClient,
  type JsonMethods,
  type ProtobufMethods,
  type ProtobufResult,
  type YunhuClient,
} from "./create-yunhu-client.js";
export { defaultDecodeLimits, type ProtobufDecodeLimits } from "./decode-within-budget.js";
export { protobufEndpoints } from "./gen/endpoints.js";
export type * as msgJson from "./gen/msg-json.js";
export * as msg from "./gen/v1/msg.js";
export type {
  FileDownloadRecordRequest,
  FileDownloadRecordResponse,
  ListMessageEditRecordRequest,
  ListMessageEditRecordResponse,
  MessageEditRecord,
  YunhuJsonApi,
} from "./json-endpoints.js";
export { type ListMessageBySeqPagesParams, listMessageBySeqPages } from "./list-message-by-seq-pages.js";
export { type ListMessagePagesParams, listMessagePages } from "./list-message-pages.js";
export { newMessageId } from "./message-id.js";
export type { ProtobufMethodName, ProtobufRequest, ProtobufResponse } from "./protobuf-method-types.js";
export {
  isYunhuApiError,
  YunhuApiError,
  type YunhuApiErrorDetails,
  type YunhuErrorKind,
} from "./yunhu-api-error.js";
