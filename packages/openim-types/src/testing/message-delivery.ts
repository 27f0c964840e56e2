import type { IMMessage } from "../gen/shared.js";
import type { CallContext } from "./call-context.js";

/** The sum of a user's unread counts, as EventOnTotalUnreadMessageCountChanged reports it. */
export function totalUnread(context: CallContext, userID: string): number {
  let total = 0;
  for (const conversationID of context.server.conversationIDs(userID)) {
    total += context.server.conversation(userID, conversationID).unreadCount;
  }
  return total;
}

/** Tells a user's cores that a conversation appeared (or reappeared) or changed. */
export function announceConversation(
  context: CallContext,
  userID: string,
  conversationID: string,
  isNew: boolean,
): void {
  const view = context.server.conversationView(userID, conversationID);
  context.notify([userID], isNew ? "EventOnNewConversation" : "EventOnConversationChanged", {
    conversationList: [view],
  });
}

/**
 * Stores a sent message for every participant and tells their cores: the others get
 * EventOnRecvNewMessage, a conversation event and the new unread total; the sender's core gets
 * the conversation event.
 */
export function storeForParticipants(
  context: CallContext,
  conversationID: string,
  participants: Iterable<string>,
  sent: IMMessage,
): void {
  const { server } = context;
  for (const userID of participants) {
    const isNew =
      !server.hasConversation(userID, conversationID) || server.conversation(userID, conversationID).hidden;
    server.messagesOf(userID).append(conversationID, sent);
    const settings = server.conversation(userID, conversationID);
    settings.hidden = false;
    const isSender = userID === context.userID;
    if (!isSender) {
      settings.unreadCount++;
      context.notify([userID], "EventOnRecvNewMessage", { message: sent }, true);
    }
    announceConversation(context, userID, conversationID, isNew);
    if (!isSender) {
      context.notify([userID], "EventOnTotalUnreadMessageCountChanged", {
        totalUnreadCount: totalUnread(context, userID),
      });
    }
  }
}
