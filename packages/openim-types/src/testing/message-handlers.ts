import { encodeFfiResult } from "../ffi-envelope/ffi-result.js";
import { ContentType, MsgFrom, MsgStatus, Platform, SessionType } from "../gen/common.js";
import type { GetAdvancedHistoryMessageListParams } from "../gen/message.js";
import { IMMessage } from "../gen/shared.js";
import type { CallContext, Handlers } from "./call-context.js";
import { groupConversationID, singleConversationID } from "./conversation-id.js";
import { FakeCoreErrorCode, FakeCoreFault } from "./fake-fault.js";
import { copyMessage } from "./fake-server.js";
import { historyPage } from "./history-page.js";

const invalid = (message: string) => new FakeCoreFault(FakeCoreErrorCode.InvalidArgument, message);

/** Where a message goes: its conversation and every user who receives a copy. */
function route(context: CallContext, recvID: string, groupID: string) {
  if ((recvID === "") === (groupID === "")) throw invalid("exactly one of recvID and groupID is required");
  if (recvID !== "") {
    const users = new Set([context.userID, recvID]);
    return {
      conversationID: singleConversationID(context.userID, recvID),
      users,
      sessionType: SessionType.Single,
    };
  }
  const members = context.server.groupMembers(groupID);
  if (!members.includes(context.userID)) {
    throw new FakeCoreFault(
      FakeCoreErrorCode.PermissionDenied,
      `${context.userID} is not in group ${groupID}`,
    );
  }
  return {
    conversationID: groupConversationID(groupID),
    users: new Set(members),
    sessionType: SessionType.ReadGroup,
  };
}

function pageParams(conversationID: string, params: GetAdvancedHistoryMessageListParams | undefined) {
  const id = conversationID || params?.conversationID || "";
  if (id === "") throw invalid("conversationID is required");
  const count = params?.count ?? 0;
  if (count <= 0) throw invalid("getAdvancedHistoryMessageListParams.count must be positive");
  return { conversationID: id, startClientMsgID: params?.startClientMsgID ?? "", count };
}

/** Sending, history, revoking, deleting and typing: the message functions the fake implements. */
export const messageHandlers: Handlers = {
  SendMessage: ({ message, recvID, groupID, isOnlineOnly }, context) => {
    if (!message) throw invalid("message is required");
    if (message.sendID !== "" && message.sendID !== context.userID) {
      throw new FakeCoreFault(
        FakeCoreErrorCode.PermissionDenied,
        `${context.userID} cannot send as ${message.sendID}`,
      );
    }
    const { server } = context;
    const { conversationID, users, sessionType } = route(context, recvID, groupID);
    const sent: IMMessage = {
      ...copyMessage(message),
      sendID: context.userID,
      recvID,
      groupID,
      sessionType,
      serverMsgID: server.nextID("server-msg"),
      sendTime: server.now(),
      seq: isOnlineOnly ? 0 : server.nextSeq(conversationID),
      status: MsgStatus.SendSuccess,
    };
    if (isOnlineOnly) {
      const event = encodeFfiResult("EventOnRecvOnlineOnlyMessage", { message: sent });
      server.broadcast(users, context.connection, event);
      return { message: sent };
    }
    for (const userID of users) server.conversation(userID, conversationID).push(copyMessage(sent));
    const others = [...users].filter((u) => u !== context.userID);
    server.broadcast(others, context.connection, encodeFfiResult("EventOnRecvNewMessage", { message: sent }));
    return { message: sent };
  },

  GetAdvancedHistoryMessageList: ({ conversationID, getAdvancedHistoryMessageListParams }, context) => {
    const params = pageParams(conversationID, getAdvancedHistoryMessageListParams);
    const list = context.server.conversation(context.userID, params.conversationID);
    return { getAdvancedHistoryMessageListCallback: historyPage(list, params, "older") };
  },

  GetAdvancedHistoryMessageListReverse: (
    { conversationID, getAdvancedHistoryMessageListParams },
    context,
  ) => {
    const params = pageParams(conversationID, getAdvancedHistoryMessageListParams);
    const list = context.server.conversation(context.userID, params.conversationID);
    return { getAdvancedHistoryMessageListCallback: historyPage(list, params, "newer") };
  },

  RevokeMessage: ({ conversationID, clientMsgID }, context) => {
    const { server } = context;
    const original = server.find(context.userID, conversationID, clientMsgID);
    if (original.sendID !== context.userID) {
      throw new FakeCoreFault(
        FakeCoreErrorCode.PermissionDenied,
        `${context.userID} did not send ${clientMsgID}`,
      );
    }
    const revoked = {
      revokerID: context.userID,
      revokerRole: 0,
      clientMsgID,
      revokerNickname: "",
      revokeTime: server.now(),
      sourceMessageSendTime: original.sendTime,
      sourceMessageSendID: original.sendID,
      sourceMessageSenderNickname: original.senderNickname,
      sessionType: original.sessionType,
      seq: original.seq,
      ex: "",
    };
    const holders = server.holders(conversationID);
    for (const userID of holders) {
      const list = server.conversation(userID, conversationID);
      const index = list.findIndex((m) => m.clientMsgID === clientMsgID);
      const stored = list[index];
      if (stored === undefined) continue;
      list[index] = {
        ...stored,
        contentType: ContentType.RevokedNotification,
        content: { $case: "revokedTips", value: revoked },
      };
    }
    server.broadcast(
      holders,
      context.connection,
      encodeFfiResult("EventOnNewRecvMessageRevoked", { revoked }),
    );
    return {};
  },

  DeleteMessage: ({ conversationID, clientMsgID }, context) => {
    const list = context.server.conversation(context.userID, conversationID);
    const index = list.findIndex((m) => m.clientMsgID === clientMsgID);
    if (index < 0)
      throw new FakeCoreFault(
        FakeCoreErrorCode.NotFound,
        `message ${clientMsgID} is not in ${conversationID}`,
      );
    list.splice(index, 1);
    return {};
  },

  TypingStatusUpdate: ({ recvID, msgTip }, context) => {
    if (recvID === "") throw invalid("recvID is required");
    const { server } = context;
    const now = server.now();
    const typing: IMMessage = {
      ...IMMessage.create(),
      clientMsgID: server.nextID("client-msg"),
      sendID: context.userID,
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
    server.broadcast(
      [recvID],
      context.connection,
      encodeFfiResult("EventOnRecvOnlineOnlyMessage", { message: typing }),
    );
    return {};
  },
};
