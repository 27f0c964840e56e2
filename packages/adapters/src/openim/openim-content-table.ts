import { ContentType } from "@chatwire/openim-types/common";
import type { IMMessage } from "@chatwire/openim-types/shared";
import type { ContentKind } from "../model/chat-content.js";

/** The `content` oneof cases of `IMMessage`. */
export type OpenImElemCase = NonNullable<IMMessage["content"]>["$case"];

/** One row of the OpenIM content table: a content type, its `IMMessage` elem and its content kind. */
export interface OpenImContentRow {
  contentType: ContentType;
  elem: OpenImElemCase;
  kind: ContentKind;
  /** For notifications: the `event` name of the resulting `notification` content. */
  event?: string;
  note: string;
}

/**
 * Every OpenIM `ContentType` of the protocol, the `IMMessage.content` case that carries it and the
 * `ChatMessage` content kind it becomes. Both OpenIM converters read this one table.
 */
export const openImContentTable: readonly OpenImContentRow[] = [
  { contentType: ContentType.Text, elem: "textElem", kind: "text", note: "plain text" },
  {
    contentType: ContentType.Picture,
    elem: "pictureElem",
    kind: "image",
    note: "source, big and snapshot renditions",
  },
  { contentType: ContentType.Sound, elem: "soundElem", kind: "audio", note: "duration in seconds" },
  { contentType: ContentType.Video, elem: "videoElem", kind: "video", note: "snapshot becomes `thumbnail`" },
  { contentType: ContentType.File, elem: "fileElem", kind: "file", note: "" },
  {
    contentType: ContentType.AtText,
    elem: "atTextElem",
    kind: "text",
    note: "`atUserList` → `mentions`, `quoteMessage` → `quote`",
  },
  {
    contentType: ContentType.Merge,
    elem: "mergeElem",
    kind: "forward",
    note: "`multiMessage` converted one by one",
  },
  { contentType: ContentType.Card, elem: "cardElem", kind: "card", note: "" },
  { contentType: ContentType.Location, elem: "locationElem", kind: "location", note: "" },
  { contentType: ContentType.Custom, elem: "customElem", kind: "custom", note: "" },
  { contentType: ContentType.Typing, elem: "typingElem", kind: "notification", event: "typing", note: "" },
  { contentType: ContentType.Quote, elem: "quoteElem", kind: "text", note: "`quoteMessage` → `quote`" },
  { contentType: ContentType.Face, elem: "faceElem", kind: "sticker", note: "`index` and `data`" },
  { contentType: ContentType.Stream, elem: "streamElem", kind: "stream", note: "" },
  {
    contentType: ContentType.AdvancedText,
    elem: "advancedTextElem",
    kind: "text",
    note: "`messageEntityList` → `entities`",
  },
  {
    contentType: ContentType.CustomMsgNotTriggerConversation,
    elem: "customElem",
    kind: "custom",
    note: '`delivery: "no-conversation-update"`',
  },
  {
    contentType: ContentType.CustomMsgOnlineOnly,
    elem: "customElem",
    kind: "custom",
    note: '`delivery: "online-only"`',
  },
  {
    contentType: ContentType.FriendApplicationApprovedNotification,
    elem: "friendApplicationApprovedTips",
    kind: "notification",
    event: "friend-application-approved",
    note: "",
  },
  {
    contentType: ContentType.GroupCreatedNotification,
    elem: "groupCreatedTips",
    kind: "notification",
    event: "group-created",
    note: "",
  },
  {
    contentType: ContentType.MemberQuitNotification,
    elem: "memberQuitTips",
    kind: "notification",
    event: "member-quit",
    note: "",
  },
  {
    contentType: ContentType.GroupOwnerTransferredNotification,
    elem: "groupOwnerTransferredTips",
    kind: "notification",
    event: "group-owner-transferred",
    note: "",
  },
  {
    contentType: ContentType.MemberKickedNotification,
    elem: "memberKickedTips",
    kind: "notification",
    event: "member-kicked",
    note: "",
  },
  {
    contentType: ContentType.MemberInvitedNotification,
    elem: "memberInvitedTips",
    kind: "notification",
    event: "member-invited",
    note: "",
  },
  {
    contentType: ContentType.MemberEnterNotification,
    elem: "memberEnterTips",
    kind: "notification",
    event: "member-entered",
    note: "",
  },
  {
    contentType: ContentType.GroupDismissedNotification,
    elem: "groupDismissedTips",
    kind: "notification",
    event: "group-dismissed",
    note: "",
  },
  {
    contentType: ContentType.GroupMemberMutedNotification,
    elem: "groupMemberMutedTips",
    kind: "notification",
    event: "member-muted",
    note: "",
  },
  {
    contentType: ContentType.GroupMemberCancelMutedNotification,
    elem: "groupMemberCancelMutedTips",
    kind: "notification",
    event: "member-unmuted",
    note: "",
  },
  {
    contentType: ContentType.GroupMutedNotification,
    elem: "groupMutedTips",
    kind: "notification",
    event: "group-muted",
    note: "",
  },
  {
    contentType: ContentType.GroupCancelMutedNotification,
    elem: "groupCancelMutedTips",
    kind: "notification",
    event: "group-unmuted",
    note: "",
  },
  {
    contentType: ContentType.ConversationPrivateChatNotification,
    elem: "conversationPrivateChatTips",
    kind: "notification",
    event: "private-chat-changed",
    note: "",
  },
  {
    contentType: ContentType.BusinessNotification,
    elem: "businessTips",
    kind: "notification",
    event: "business",
    note: "",
  },
  {
    contentType: ContentType.RevokedNotification,
    elem: "revokedTips",
    kind: "notification",
    event: "message-recalled",
    note: "also sets `recalledAt`",
  },
];

const rowsByContentType = new Map(openImContentTable.map((row) => [row.contentType, row]));

export function openImRowForContentType(contentType: number): OpenImContentRow | undefined {
  return rowsByContentType.get(contentType);
}

const rowsByEvent = new Map(openImContentTable.filter((row) => row.event).map((row) => [row.event!, row]));

export function openImRowForEvent(event: string): OpenImContentRow | undefined {
  return rowsByEvent.get(event);
}
