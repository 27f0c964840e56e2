import type { Attachment } from "./attachment.js";
import type { components, operations } from "./gen/maxim-message.js";
import type { WithInt64 } from "./int64.js";

type Schemas = components["schemas"];
type Query<Operation extends keyof operations> = NonNullable<operations[Operation]["parameters"]["query"]>;

/** `attachment` may be left out (sent as "") or given decoded; it is encoded with `buildAttachment`. */
type FriendlyAttachment<Body> = Omit<Body, "attachment"> & { attachment?: string | Attachment };

/** Body of `sendMessage`. */
export type SendMessageBody = FriendlyAttachment<WithInt64<Schemas["SendMessageRequest"]>>;
/** Body of `sendNotification`. */
export type SendNotificationBody = FriendlyAttachment<WithInt64<Schemas["SendNotificationRequest"]>>;
/** Body of `recallMessage`. */
export type RecallMessageParams = WithInt64<Schemas["RecallMessageRequest"]>;
/** Query of `getConversationMessages`. */
export type GetConversationMessagesParams = WithInt64<Query<"getConversationMessages">>;
/** Query of `deleteConversation`. */
export type DeleteConversationParams = WithInt64<Query<"deleteConversation">>;
/** Query of `sendReadAck`; every field is optional. */
export type SendReadAckParams = WithInt64<Query<"sendReadAck">>;

/** One page of a conversation, as `getConversationMessages` resolves it. */
export type ConversationMessagePage = WithInt64<Schemas["ConversationMessagePage"]>;
/** One stored message. */
export type ConversationMessage = WithInt64<Schemas["ConversationMessage"]>;
/** A sender or receiver: user ID and device. */
export type Xid = WithInt64<Schemas["Xid"]>;
/** One entry of `listUnread`. */
export type UnreadConversation = WithInt64<Schemas["UnreadConversation"]>;
