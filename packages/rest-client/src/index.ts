export type { CallOptions, HttpHooks, RetryOptions } from "@chatwire/http-core";
export { parseJson, stringifyJson } from "@chatwire/http-core";
export { type Attachment, AttachmentError, buildAttachment, parseAttachment } from "./attachment.js";
export {
  ContentType,
  type ContentTypeName,
  contentTypeName,
  contentTypeOf,
  isContentTypeName,
  isMessageStatus,
  type MessageStatus,
  TargetType,
} from "./content-type.js";
export { createRestClient, type RestClient, type RestMessageAliases } from "./create-rest-client.js";
export type * as maxim from "./gen/maxim-server.js";
export type { Int64 } from "./int64.js";
export { type MaximOperation, maximOperations } from "./maxim-operations.js";
export type {
  ConversationMessage,
  ConversationMessagePage,
  DeleteConversationParams,
  GetConversationMessagesParams,
  RecallMessageParams,
  SendMessageBody,
  SendNotificationBody,
  SendReadAckParams,
  UnreadConversation,
  Xid,
} from "./message-types.js";
export type {
  MaximCall,
  MaximCallOptions,
  MaximFunction,
  MaximInput,
  MaximNamespaces,
  MaximPage,
  MaximResult,
} from "./operation-types.js";
export { isRestApiError, RestApiError, type RestErrorKind, type RestOperation } from "./rest-api-error.js";
export type { RestCallOptions, RestClientOptions } from "./rest-client-options.js";
