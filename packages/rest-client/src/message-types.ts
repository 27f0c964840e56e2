import type { Attachment } from "./attachment.js";
import type { components } from "./gen/maxim-server.js";
import type { MaximInput } from "./operation-types.js";

type Schemas = components["schemas"];

/** `attachment` may be left out (sent as "") or given decoded; it is encoded with `buildAttachment`. */
type FriendlyAttachment<Body> = Omit<Body, "attachment"> & { attachment?: string | Attachment };

/** Body of `sendMessage` (POST /message/send). */
export type SendMessageBody = FriendlyAttachment<Schemas["MessageRequest"]>;
/** Body of `sendNotification` (POST /message/notify); the same shape as a send. */
export type SendNotificationBody = SendMessageBody;
/** Body of `recallMessage`. */
export type RecallMessageParams = Schemas["RecallMessageRequest"];
/** Query of `getConversationMessages`. */
export type GetConversationMessagesParams = MaximInput<"message.conversation">;
/** Query of `deleteConversation`. */
export type DeleteConversationParams = MaximInput<"message.conversationDelete">;
/** Query of `sendReadAck`; every field is optional. */
export type SendReadAckParams = MaximInput<"message.ack">;
/** One page of a conversation, as `getConversationMessages` resolves it. */
export type ConversationMessagePage = Schemas["SessionMessagePage"];
/** One stored message. */
export type ConversationMessage = Schemas["SessionMessage"];
/** A sender or receiver: user ID and device. */
export type Xid = Schemas["Xid"];
/** One entry of `listUnread`. */
export type UnreadConversation = Schemas["UnreadDto"];
