import { SessionType } from "@chatwire/openim-types/common";
import type { ConversationKind, ConversationRef } from "../model/chat-message.js";

/** OpenIM session types and the conversation kinds they become. */
export const openImSessionTable: readonly {
  sessionType: SessionType;
  kind: ConversationKind;
  note: string;
}[] = [
  { sessionType: SessionType.Single, kind: "user", note: "id: the peer of `selfUserId` (else `recvID`)" },
  { sessionType: SessionType.WriteGroup, kind: "group", note: "id: `groupID`; written back as ReadGroup" },
  { sessionType: SessionType.ReadGroup, kind: "group", note: "id: `groupID`" },
  { sessionType: SessionType.Notification, kind: "bot", note: "id: `sendID` of the notification account" },
];

export function sessionTypeForKind(kind: ConversationKind): SessionType {
  if (kind === "group") return SessionType.ReadGroup;
  if (kind === "bot") return SessionType.Notification;
  return SessionType.Single;
}

/**
 * The SDK's local conversation ID for a conversation as seen by `selfUserId`: "si_" plus both user
 * IDs in ascending order for one-to-one chats, "sg_" plus the group ID for groups, "sn_" plus both
 * IDs for notification accounts.
 */
export function openImConversationId(conversation: ConversationRef, selfUserId: string): string {
  if (conversation.kind === "group") return `sg_${conversation.id}`;
  const pair = [selfUserId, conversation.id].sort().join("_");
  return conversation.kind === "bot" ? `sn_${pair}` : `si_${pair}`;
}
