export {
  ChatwireAdapterError,
  InvalidIdError,
  InvalidSourceMessageError,
  UnsupportedContentError,
} from "./conversion/adapter-errors.js";
export type {
  ConversionLoss,
  Converted,
  LossFallback,
  ToNativeOptions,
} from "./conversion/conversion-loss.js";
export { type MaximContentRow, maximContentTable } from "./maxim/maxim-content-table.js";
export { type FromMaximOptions, fromMaximMessage } from "./maxim/maxim-from-native.js";
export type {
  Int64,
  MaximContentType,
  MaximCType,
  MaximSendBody,
  MaximStoredMessage,
} from "./maxim/maxim-shapes.js";
export { type ToMaximOptions, toMaximSendBody, toMaximStoredMessage } from "./maxim/maxim-to-native.js";
export type {
  AudioContent,
  CardContent,
  ChatContent,
  ContentKind,
  CustomContent,
  FileContent,
  ForwardContent,
  HtmlContent,
  ImageContent,
  LocationContent,
  MarkdownContent,
  MediaObject,
  NotificationContent,
  PostContent,
  StickerContent,
  StreamContent,
  TextContent,
  TextEntity,
  UnknownContent,
  VideoContent,
} from "./model/chat-content.js";
export type {
  ChatButton,
  ChatMessage,
  ChatSender,
  CommandRef,
  ConversationKind,
  ConversationRef,
  Mention,
  MessageDraft,
  OutgoingMessage,
  QuoteRef,
} from "./model/chat-message.js";
export type { ExtMarks, RelayOrigin } from "./model/ext-envelope.js";
export { renderButtonsAsText, renderContentAsText, renderQuoteAsText } from "./model/text-rendering.js";
export { type OpenImContentRow, openImContentTable } from "./openim/openim-content-table.js";
export { openImConversationId, openImSessionTable } from "./openim/openim-conversation.js";
export { type FromOpenImOptions, fromOpenImMessage } from "./openim/openim-from-native.js";
export { type ToOpenImOptions, toOpenImMessage } from "./openim/openim-to-native.js";
export type {
  CallSignal,
  ChatPlatform,
  HistoryOptions,
  HistoryPage,
  PlatformCapabilities,
  PlatformEvent,
  SendOptions,
  SentMessage,
} from "./platform/chat-platform.js";
export { createMaximPlatform, type MaximPlatformOptions } from "./platform/maxim-platform.js";
export {
  createOpenImPlatform,
  type OpenImPlatformOptions,
} from "./platform/openim-platform.js";
export {
  PlatformError,
  type PlatformErrorReason,
  type PlatformOperation,
} from "./platform/platform-error.js";
export { createYunhuPlatform, type YunhuPlatformOptions } from "./platform/yunhu-platform.js";
export { createMemoryRelayStore } from "./relay/memory-relay-store.js";
export {
  createRelayRoute,
  type DeadLetter,
  describeEndpoint,
  type RelayBackoff,
  type RelayEndpoint,
  RelayError,
  type RelayEvent,
  type RelayedMessage,
  type RelayOptions,
  type RelayReport,
  type RelayRoute,
  type RelayRouteOptions,
  type RelayRunOptions,
  relay,
} from "./relay/relay.js";
export {
  type RelayOutcome,
  type RelayRecord,
  type RelayState,
  type RelayStore,
  UNKNOWN_TARGET_ID,
} from "./relay/relay-store.js";
export { type YunhuContentRow, yunhuContentTable } from "./yunhu/yunhu-content-table.js";
export { type FromYunhuOptions, fromYunhuMessage } from "./yunhu/yunhu-from-native.js";
export { toYunhuEditMessage, toYunhuMsg, toYunhuSendMessage } from "./yunhu/yunhu-to-native.js";
