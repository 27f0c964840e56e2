import type { IMMessage } from "@chatwire/openim-types/shared";
import * as shared from "@chatwire/openim-types/shared";
import type { NotificationContent } from "../model/chat-content.js";
import type { OpenImElemCase } from "./openim-content-table.js";

type Elem = NonNullable<IMMessage["content"]>;
type TipsCase = Exclude<
  OpenImElemCase,
  | "textElem"
  | "cardElem"
  | "pictureElem"
  | "soundElem"
  | "videoElem"
  | "fileElem"
  | "mergeElem"
  | "atTextElem"
  | "faceElem"
  | "locationElem"
  | "customElem"
  | "quoteElem"
  | "advancedTextElem"
  | "streamElem"
>;
type TipsValue<C extends TipsCase> = Extract<Elem, { $case: C }>["value"];
interface JsonCodec<T> {
  toJSON(value: T): unknown;
  fromJSON(json: unknown): T;
}

/** The generated codec of each notification payload, to carry it as plain JSON in `data`. */
const tipsCodecs: { [C in TipsCase]: JsonCodec<TipsValue<C>> } = {
  typingElem: shared.TypingElem,
  revokedTips: shared.RevokedTips,
  groupCreatedTips: shared.GroupCreatedTips,
  memberQuitTips: shared.MemberQuitTips,
  groupOwnerTransferredTips: shared.GroupOwnerTransferredTips,
  memberKickedTips: shared.MemberKickedTips,
  memberInvitedTips: shared.MemberInvitedTips,
  memberEnterTips: shared.MemberEnterTips,
  groupDismissedTips: shared.GroupDismissedTips,
  groupMemberMutedTips: shared.GroupMemberMutedTips,
  groupMemberCancelMutedTips: shared.GroupMemberCancelMutedTips,
  groupMutedTips: shared.GroupMutedTips,
  groupCancelMutedTips: shared.GroupCancelMutedTips,
  friendApplicationApprovedTips: shared.FriendApplicationApprovedTips,
  conversationPrivateChatTips: shared.ConversationPrivateChatTips,
  businessTips: shared.BusinessTips,
};

export function isTipsCase(elemCase: OpenImElemCase): elemCase is TipsCase {
  return elemCase in tipsCodecs;
}

export function notificationFromTips(elem: Elem & { $case: TipsCase }, event: string): NotificationContent {
  const codec = tipsCodecs[elem.$case] as JsonCodec<unknown>;
  return { kind: "notification", event, text: summarizeTips(elem), data: codec.toJSON(elem.value) };
}

/** Rebuilds the OpenIM payload from a notification's `data`; undefined when `data` is not an object. */
export function tipsFromNotification(elemCase: TipsCase, data: unknown): Elem | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const codec = tipsCodecs[elemCase] as JsonCodec<unknown>;
  return { $case: elemCase, value: codec.fromJSON(data) } as Elem;
}

function who(member: { nickname: string; userID: string } | undefined): string {
  if (!member) return "someone";
  return member.nickname || member.userID || "someone";
}

function groupName(group: { groupName: string; groupID: string } | undefined): string {
  if (!group) return "the group";
  return group.groupName || group.groupID || "the group";
}

function names(members: readonly { nickname: string; userID: string }[]): string {
  return members.map(who).join(", ") || "nobody";
}

/** A one-line, human summary of a notification, for transcripts and text fallbacks. */
function summarizeTips(elem: Elem & { $case: TipsCase }): string {
  switch (elem.$case) {
    case "typingElem":
      return elem.value.msgTips || "typing…";
    case "revokedTips": {
      const tips = elem.value;
      return `${tips.revokerNickname || tips.revokerID || "someone"} recalled a message`;
    }
    case "groupCreatedTips":
      return `${who(elem.value.opUser)} created ${groupName(elem.value.group)}`;
    case "memberQuitTips":
      return `${who(elem.value.quitUser)} left ${groupName(elem.value.group)}`;
    case "groupOwnerTransferredTips":
      return `${who(elem.value.opUser)} made ${who(elem.value.newGroupOwner)} owner of ${groupName(elem.value.group)}`;
    case "memberKickedTips":
      return `${who(elem.value.opUser)} removed ${names(elem.value.kickedUserList)} from ${groupName(elem.value.group)}`;
    case "memberInvitedTips":
      return `${who(elem.value.opUser)} invited ${names(elem.value.invitedUserList)} to ${groupName(elem.value.group)}`;
    case "memberEnterTips":
      return `${who(elem.value.entrantUser)} joined ${groupName(elem.value.group)}`;
    case "groupDismissedTips":
      return `${who(elem.value.opUser)} dismissed ${groupName(elem.value.group)}`;
    case "groupMemberMutedTips":
      return `${who(elem.value.opUser)} muted ${who(elem.value.mutedUser)} for ${elem.value.mutedSeconds}s`;
    case "groupMemberCancelMutedTips":
      return `${who(elem.value.opUser)} unmuted ${who(elem.value.mutedUser)}`;
    case "groupMutedTips":
      return `${who(elem.value.opUser)} muted ${groupName(elem.value.group)}`;
    case "groupCancelMutedTips":
      return `${who(elem.value.opUser)} unmuted ${groupName(elem.value.group)}`;
    case "friendApplicationApprovedTips": {
      const ids = elem.value.fromToUserID;
      return `${ids?.toUserID || "someone"} accepted ${ids?.fromUserID || "someone"}'s friend request`;
    }
    case "conversationPrivateChatTips":
      return `private chat turned ${elem.value.isPrivate ? "on" : "off"}`;
    case "businessTips":
      return `business notice ${elem.value.key}`;
  }
}
