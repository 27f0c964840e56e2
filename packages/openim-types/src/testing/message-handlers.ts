import { ContentType, MsgFrom, MsgStatus, Platform, SessionType } from "../gen/common.js";
import { ErrorCode } from "../gen/error.js";
import type { GetAdvancedHistoryMessageListParams } from "../gen/message.js";
import { IMMessage, type RevokedTips } from "../gen/shared.js";
import type { CallContext, Handlers } from "./call-context.js";
import { groupConversationID, singleConversationID } from "./conversation-id.js";
import { FakeCoreFault, invalidArgument, notFound, required } from "./fake-fault.js";
import { GroupRole } from "./group-state.js";
import { historyPage } from "./history-page.js";
import { storeForParticipants } from "./message-delivery.js";
import { copyMessage } from "./message-store.js";

/** Where a message goes: its conversation and every user who keeps a copy. */
function route(context: CallContext, recvID: string, groupID: string) {
  const { server, userID } = context;
  if ((recvID === "") === (groupID === ""))
    throw invalidArgument("exactly one of recvID and groupID is required");
  if (recvID !== "") {
    if (server.relations.hasBlocked(recvID, userID)) {
      throw new FakeCoreFault(ErrorCode.SrvBlockedByPeer, `${recvID} has blocked ${userID}`);
    }
    return {
      conversationID: singleConversationID(userID, recvID),
      participants: new Set([userID, recvID]),
      sessionType: SessionType.Single,
    };
  }
  const group = server.groups.get(groupID);
  const member = group.members.get(userID);
  if (!member) throw new FakeCoreFault(ErrorCode.SrvNotInGroupYet, `${userID} is not in group ${groupID}`);
  const privileged = member.roleLevel >= GroupRole.Admin;
  if (group.muted && !privileged)
    throw new FakeCoreFault(ErrorCode.SrvMutedGroup, `group ${groupID} is muted`);
  if (member.muteEndTime > server.now()) {
    throw new FakeCoreFault(ErrorCode.SrvMutedInGroup, `${userID} is muted in group ${groupID}`);
  }
  return {
    conversationID: groupConversationID(groupID),
    participants: new Set(group.members.keys()),
    sessionType: SessionType.ReadGroup,
  };
}

function pageParams(conversationID: string, params: GetAdvancedHistoryMessageListParams | undefined) {
  const id = conversationID || params?.conversationID || "";
  if (id === "") throw invalidArgument("conversationID is required");
  const count = params?.count ?? 0;
  if (count <= 0) throw invalidArgument("getAdvancedHistoryMessageListParams.count must be positive");
  return { conversationID: id, startClientMsgID: params?.startClientMsgID ?? "", count };
}

/** A message as stored locally by the Insert*ToLocalStorage functions. */
function localCopy(
  context: CallContext,
  message: IMMessage,
  sendID: string,
  patch: Partial<IMMessage>,
): IMMessage {
  const now = context.server.now();
  return {
    ...copyMessage(message),
    clientMsgID: message.clientMsgID || context.server.nextID("client-msg"),
    sendID: sendID || context.userID,
    createTime: message.createTime || now,
    sendTime: message.sendTime || now,
    status: MsgStatus.SendSuccess,
    ...patch,
  };
}

/** Sending, history, revoking, deleting, typing and local inserts. */
export const messageHandlers: Handlers = {
  SendMessage: ({ message, recvID, groupID, isOnlineOnly }, context) => {
    if (!message) throw invalidArgument("message is required");
    const { server, userID } = context;
    if (message.sendID !== "" && message.sendID !== userID) {
      throw new FakeCoreFault(ErrorCode.NoPermission, `${userID} cannot send as ${message.sendID}`);
    }
    // A message whose clientMsgID the sender's store already holds was sent before: refuse it
    // with SdkMsgRepeat, the code the core's error list has for it, and send nothing. The lookup
    // covers every stored message, so a retry of any age that is still in the store is caught.
    const earlier =
      message.clientMsgID === "" ? undefined : server.messagesOf(userID).find(message.clientMsgID);
    if (earlier) {
      throw new FakeCoreFault(ErrorCode.SdkMsgRepeat, `message ${message.clientMsgID} was sent already`);
    }
    const { conversationID, participants, sessionType } = route(context, recvID, groupID);
    context.progress("EventOnSendMsgProgress", { progress: 50 });
    context.progress("EventOnSendMsgProgress", { progress: 100 });
    const sent: IMMessage = {
      ...copyMessage(message),
      clientMsgID: message.clientMsgID || server.nextID("client-msg"),
      sendID: userID,
      recvID,
      groupID,
      sessionType,
      serverMsgID: server.nextID("server-msg"),
      sendTime: server.now(),
      seq: isOnlineOnly ? 0 : server.nextSeq(conversationID),
      status: MsgStatus.SendSuccess,
    };
    if (isOnlineOnly) {
      context.notify(participants, "EventOnRecvOnlineOnlyMessage", { message: sent }, true);
      return { message: sent };
    }
    storeForParticipants(context, conversationID, participants, sent);
    return { message: sent };
  },

  GetAdvancedHistoryMessageList: ({ conversationID, getAdvancedHistoryMessageListParams }, context) => {
    const params = pageParams(conversationID, getAdvancedHistoryMessageListParams);
    const list = context.server.messagesOf(context.userID).list(params.conversationID);
    return { getAdvancedHistoryMessageListCallback: historyPage(list, params, "older") };
  },

  GetAdvancedHistoryMessageListReverse: (
    { conversationID, getAdvancedHistoryMessageListParams },
    context,
  ) => {
    const params = pageParams(conversationID, getAdvancedHistoryMessageListParams);
    const list = context.server.messagesOf(context.userID).list(params.conversationID);
    return { getAdvancedHistoryMessageListCallback: historyPage(list, params, "newer") };
  },

  RevokeMessage: ({ conversationID, clientMsgID }, context) => {
    const { server, userID } = context;
    const original = server.messagesOf(userID).find(clientMsgID);
    if (!original || original.conversationID !== conversationID) {
      throw notFound(`message ${clientMsgID} is not in ${conversationID}`);
    }
    if (original.message.sendID !== userID) {
      throw new FakeCoreFault(ErrorCode.NoPermission, `${userID} did not send ${clientMsgID}`);
    }
    if (original.message.contentType === ContentType.RevokedNotification) {
      throw new FakeCoreFault(ErrorCode.SrvMsgAlreadyRevoke, `${clientMsgID} was revoked already`);
    }
    const source = original.message;
    const revoked: RevokedTips = {
      revokerID: userID,
      revokerRole: 0,
      clientMsgID,
      revokerNickname: server.users.get(userID)?.nickname ?? "",
      revokeTime: server.now(),
      sourceMessageSendTime: source.sendTime,
      sourceMessageSendID: source.sendID,
      sourceMessageSenderNickname: source.senderNickname,
      sessionType: source.sessionType,
      seq: source.seq,
      ex: "",
    };
    const holders: string[] = [];
    for (const holder of server.storeOwners()) {
      const stored = server.messagesOf(holder).find(clientMsgID);
      if (!stored || stored.conversationID !== conversationID) continue;
      holders.push(holder);
      server.messagesOf(holder).replace(conversationID, {
        ...stored.message,
        contentType: ContentType.RevokedNotification,
        content: { $case: "revokedTips", value: revoked },
      });
    }
    context.notify(holders, "EventOnNewRecvMessageRevoked", { revoked }, true);
    return {};
  },

  DeleteMessage: ({ conversationID, clientMsgID }, context) => {
    const store = context.server.messagesOf(context.userID);
    const stored = store.find(clientMsgID);
    if (!stored || !store.remove(conversationID, clientMsgID)) {
      throw notFound(`message ${clientMsgID} is not in ${conversationID}`);
    }
    context.notify([context.userID], "EventOnMessageDeleted", { message: stored.message }, true);
    return {};
  },

  DeleteAllMsgFromLocalAndServer: (_request, context) => {
    context.server.messagesOf(context.userID).clearAll();
    return {};
  },

  DeleteAllMessageFromLocalStorage: (_request, context) => {
    context.server.messagesOf(context.userID).clearAll();
    return {};
  },

  InsertSingleMessageToLocalStorage: ({ msg, recvID, sendID }, context) => {
    if (!msg) throw invalidArgument("msg is required");
    required(recvID, "recvID");
    const stored = localCopy(context, msg, sendID, { recvID, sessionType: SessionType.Single });
    const peer = stored.sendID === context.userID ? recvID : stored.sendID;
    context.server.messagesOf(context.userID).append(singleConversationID(context.userID, peer), stored);
    return { msg: stored };
  },

  InsertGroupMessageToLocalStorage: ({ msg, groupID, sendID }, context) => {
    if (!msg) throw invalidArgument("msg is required");
    required(groupID, "groupID");
    const stored = localCopy(context, msg, sendID, { groupID, sessionType: SessionType.ReadGroup });
    context.server.messagesOf(context.userID).append(groupConversationID(groupID), stored);
    return { msg: stored };
  },

  TypingStatusUpdate: ({ recvID, msgTip }, context) => {
    required(recvID, "recvID");
    const { server, userID } = context;
    const now = server.now();
    const typing: IMMessage = {
      ...IMMessage.create(),
      clientMsgID: server.nextID("client-msg"),
      sendID: userID,
      recvID,
      createTime: now,
      sendTime: now,
      sessionType: SessionType.Single,
      msgFrom: MsgFrom.User,
      contentType: ContentType.Typing,
      senderPlatformID: Platform.Web,
      status: MsgStatus.SendSuccess,
      content: { $case: "typingElem", value: { msgTips: msgTip } },
    };
    context.notify([recvID], "EventOnRecvOnlineOnlyMessage", { message: typing }, true);
    return {};
  },
};
