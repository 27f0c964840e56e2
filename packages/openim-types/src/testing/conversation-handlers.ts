import { ContentType, SessionType } from "../gen/common.js";
import type { SearchByConversationResult } from "../gen/conversation.js";
import type { IMConversation, IMMessage } from "../gen/shared.js";
import type { CallContext, Handlers } from "./call-context.js";
import { groupConversationID, singleConversationID } from "./conversation-id.js";
import { invalidArgument, notFound, required } from "./fake-fault.js";
import { announceConversation, totalUnread } from "./message-delivery.js";
import { copyMessage } from "./message-store.js";

/** The tag OpenIM puts in `atUserList` to mention everyone. */
const atAllTag = "AtAllTag";

/** The conversation ID of a session type and its source (a user ID or a group ID). */
function conversationIDOf(userID: string, sessionType: number, sourceID: string): string {
  required(sourceID, "sourceID");
  if (sessionType === SessionType.Single) return singleConversationID(userID, sourceID);
  if (sessionType === SessionType.ReadGroup || sessionType === SessionType.WriteGroup) {
    return groupConversationID(sourceID);
  }
  if (sessionType === SessionType.Notification) return `sn_${[userID, sourceID].sort().join("_")}`;
  throw invalidArgument(`sessionType ${sessionType} is not a session type`);
}

/** The visible conversations of the caller: pinned first, then the most recent first. */
function visibleConversations(context: CallContext): IMConversation[] {
  const { server, userID } = context;
  return server
    .conversationIDs(userID)
    .filter((id) => !server.conversation(userID, id).hidden)
    .map((id) => server.conversationView(userID, id))
    .sort(
      (a, b) =>
        Number(b.isPinned) - Number(a.isPinned) ||
        b.latestMsgSendTime - a.latestMsgSendTime ||
        a.conversationID.localeCompare(b.conversationID),
    );
}

function existing(context: CallContext, conversationID: string) {
  required(conversationID, "conversationID");
  if (!context.server.hasConversation(context.userID, conversationID)) {
    throw notFound(`conversation ${conversationID} does not exist`);
  }
  return context.server.conversation(context.userID, conversationID);
}

function markRead(context: CallContext, conversationID: string): void {
  const settings = context.server.conversation(context.userID, conversationID);
  if (settings.unreadCount === 0) return;
  settings.unreadCount = 0;
  announceConversation(context, context.userID, conversationID, false);
  context.notify([context.userID], "EventOnTotalUnreadMessageCountChanged", {
    totalUnreadCount: totalUnread(context, context.userID),
  });
}

/** The text a message can be searched by. */
function searchableText(message: IMMessage): string {
  const content = message.content;
  switch (content?.$case) {
    case "textElem":
      return content.value.content;
    case "advancedTextElem":
    case "atTextElem":
    case "quoteElem":
      return content.value.text;
    case "customElem":
      return `${content.value.description} ${content.value.data}`;
    case "fileElem":
      return content.value.fileName;
    default:
      return "";
  }
}

function resultFor(
  context: CallContext,
  conversationID: string,
  messages: IMMessage[],
): SearchByConversationResult {
  const view = context.server.conversationView(context.userID, conversationID);
  return {
    conversationID,
    conversationType: view.conversationType,
    showName: view.showName,
    faceURL: view.faceURL,
    latestMsgSendTime: view.latestMsgSendTime,
    messageCount: messages.length,
    messageList: messages.map(copyMessage),
  };
}

/** The conversation list, its settings, unread counts, drafts and local message search. */
export const conversationHandlers: Handlers = {
  GetAllConversationList: (_request, context) => ({ conversationList: visibleConversations(context) }),

  GetConversationListSplit: ({ offset, count }, context) => {
    if (offset < 0 || count <= 0)
      throw invalidArgument("offset must not be negative and count must be positive");
    return { conversationList: visibleConversations(context).slice(offset, offset + count) };
  },

  HideConversation: ({ conversationID }, context) => {
    existing(context, conversationID).hidden = true;
    return {};
  },

  GetAtAllTag: () => ({ tag: atAllTag }),

  GetOneConversation: ({ sessionType, sourceID }, context) => {
    const conversationID = conversationIDOf(context.userID, sessionType, sourceID);
    if (sessionType !== SessionType.Single) context.server.groups.get(sourceID);
    const isNew = !context.server.hasConversation(context.userID, conversationID);
    context.server.conversation(context.userID, conversationID);
    if (isNew) announceConversation(context, context.userID, conversationID, true);
    return { conversation: context.server.conversationView(context.userID, conversationID) };
  },

  GetMultipleConversation: ({ conversationIDList }, context) => ({
    conversationList: conversationIDList
      .filter((id) => context.server.hasConversation(context.userID, id))
      .map((id) => context.server.conversationView(context.userID, id)),
  }),

  HideAllConversations: (_request, context) => {
    for (const id of context.server.conversationIDs(context.userID)) {
      context.server.conversation(context.userID, id).hidden = true;
    }
    return {};
  },

  SetConversationDraft: ({ conversationID, draftText }, context) => {
    const settings = existing(context, conversationID);
    settings.draftText = draftText;
    settings.draftTextTime = draftText === "" ? 0 : context.server.now();
    announceConversation(context, context.userID, conversationID, false);
    return {};
  },

  SetConversation: (request, context) => {
    const settings = existing(context, request.conversationID);
    const { conversationID: _id, _unknownFields: _unknown, ...changes } = request;
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) (settings as unknown as Record<string, unknown>)[key] = value;
    }
    announceConversation(context, context.userID, request.conversationID, false);
    return {};
  },

  GetTotalUnreadMsgCount: (_request, context) => ({ totalUnreadCount: totalUnread(context, context.userID) }),

  GetConversationIDBySessionType: ({ sourceID, sessionType }, context) => ({
    conversationID: conversationIDOf(context.userID, sessionType, sourceID),
  }),

  FindMessageList: ({ conversationsArgs }, context) => {
    const store = context.server.messagesOf(context.userID);
    const items = conversationsArgs.map(({ conversationID, clientMsgIDList }) => {
      const wanted = new Set(clientMsgIDList);
      return resultFor(
        context,
        conversationID,
        store.list(conversationID).filter((message) => wanted.has(message.clientMsgID)),
      );
    });
    const found = items.filter((item) => item.messageCount > 0);
    return { findResultItems: found, totalCount: found.reduce((sum, item) => sum + item.messageCount, 0) };
  },

  MarkConversationMessageAsRead: ({ conversationID }, context) => {
    existing(context, conversationID);
    markRead(context, conversationID);
    return {};
  },

  MarkAllConversationMessageAsRead: (_request, context) => {
    for (const id of context.server.conversationIDs(context.userID)) markRead(context, id);
    return {};
  },

  DeleteMessageFromLocalStorage: ({ conversationID, clientMsgID }, context) => {
    if (!context.server.messagesOf(context.userID).remove(conversationID, clientMsgID)) {
      throw notFound(`message ${clientMsgID} is not in ${conversationID}`);
    }
    return {};
  },

  ClearConversationAndDeleteAllMsg: ({ conversationID }, context) => {
    existing(context, conversationID).unreadCount = 0;
    context.server.messagesOf(context.userID).clear(conversationID);
    announceConversation(context, context.userID, conversationID, false);
    return {};
  },

  DeleteConversationAndDeleteAllMsg: ({ conversationID }, context) => {
    existing(context, conversationID);
    context.server.messagesOf(context.userID).clear(conversationID, true);
    context.server.forgetConversation(context.userID, conversationID);
    return {};
  },

  SearchLocalMessages: ({ searchParam }, context) => {
    if (!searchParam) throw invalidArgument("searchParam is required");
    const params = searchParam;
    if (params.count <= 0 || params.pageIndex < 1)
      throw invalidArgument("pageIndex starts at 1 and count must be positive");
    const store = context.server.messagesOf(context.userID);
    const ids = params.conversationID === "" ? store.conversationIDs() : [params.conversationID];
    const keywords = params.keywordList.map((keyword) => keyword.toLowerCase());
    // searchTimePosition (seconds) is the newest time searched; searchTimePeriod (seconds) goes back from it.
    const newest =
      params.searchTimePosition > 0 ? params.searchTimePosition * 1000 : Number.POSITIVE_INFINITY;
    const oldest =
      params.searchTimePeriod > 0 ? newest - params.searchTimePeriod * 1000 : Number.NEGATIVE_INFINITY;
    const matches = (message: IMMessage) => {
      if (message.contentType === ContentType.RevokedNotification) return false;
      if (params.senderUserIDList.length > 0 && !params.senderUserIDList.includes(message.sendID))
        return false;
      if (params.messageTypeList.length > 0 && !params.messageTypeList.includes(message.contentType))
        return false;
      if (message.sendTime > newest || message.sendTime < oldest) return false;
      if (keywords.length === 0) return true;
      const text = searchableText(message).toLowerCase();
      // keywordListMatchType 0: any keyword; 1: every keyword.
      return params.keywordListMatchType === 1
        ? keywords.every((keyword) => text.includes(keyword))
        : keywords.some((keyword) => text.includes(keyword));
    };
    const hits = ids.flatMap((id) =>
      store
        .list(id)
        .filter(matches)
        .map((message) => ({ id, message })),
    );
    hits.sort((a, b) => b.message.sendTime - a.message.sendTime);
    const page = hits.slice((params.pageIndex - 1) * params.count, params.pageIndex * params.count);
    const byConversation = new Map<string, IMMessage[]>();
    for (const { id, message } of page) byConversation.set(id, [...(byConversation.get(id) ?? []), message]);
    return {
      searchResult: {
        totalCount: hits.length,
        searchResultItems: [...byConversation].map(([id, messages]) => resultFor(context, id, messages)),
      },
    };
  },

  SetMessageLocalEx: ({ conversationID, clientMsgID, localEx }, context) => {
    const store = context.server.messagesOf(context.userID);
    const stored = store.find(clientMsgID);
    if (!stored || stored.conversationID !== conversationID) {
      throw notFound(`message ${clientMsgID} is not in ${conversationID}`);
    }
    store.replace(conversationID, { ...stored.message, localEx });
    return { success: true };
  },

  SearchConversation: ({ searchParam }, context) => {
    const needle = required(searchParam, "searchParam").toLowerCase();
    return {
      conversationList: visibleConversations(context).filter(
        (conversation) =>
          conversation.showName.toLowerCase().includes(needle) ||
          conversation.conversationID.toLowerCase().includes(needle),
      ),
    };
  },
};
