// The values written in the event, request and history-page vectors of test/golden/txtpb.
import {
  ContentType,
  ConvGroupAtType,
  ConvRecvMsgOpt,
  MsgFrom,
  MsgStatus,
  Platform,
  SessionType,
} from "../../src/gen/common.js";
import {
  EventOnConnectFailedData,
  EventOnConversationChangedData,
  EventOnConversationUserInputStatusChangedData,
  EventOnFriendApplicationAddedData,
  EventOnNewRecvMessageRevokedData,
  EventOnRecvC2CReadReceiptData,
  EventOnRecvNewMessageData,
  EventOnUploadLogsProgressData,
  EventOnUserStatusChangedData,
} from "../../src/gen/event.js";
import { GetAdvancedHistoryMessageListResp, SendMessageReq } from "../../src/gen/message.js";

export const sentText = {
  clientMsgID: "c-send-1",
  serverMsgID: "s-send-1",
  createTime: 1700000000000,
  sendTime: 1700000000050,
  sessionType: SessionType.Single,
  sendID: "alice",
  recvID: "bob",
  msgFrom: MsgFrom.User,
  contentType: ContentType.Text,
  senderPlatformID: Platform.Web,
  seq: 43,
  status: MsgStatus.SendSuccess,
  content: { $case: "textElem" as const, value: { content: "hi bob" } },
};

export const expectedSendMessageReq = SendMessageReq.fromPartial({
  message: {
    clientMsgID: "c-send-1",
    sendID: "alice",
    createTime: 1700000000000,
    sendTime: 1700000000000,
    msgFrom: MsgFrom.User,
    contentType: ContentType.Text,
    senderPlatformID: Platform.Web,
    status: MsgStatus.Sending,
    content: { $case: "textElem", value: { content: "hi bob" } },
  },
  recvID: "bob",
  offlinePushInfo: { title: "Alice", desc: "hi bob", iOSBadgeCount: true },
  isOnlineOnly: false,
});

const single = {
  recvID: "alice",
  sessionType: SessionType.Single,
  msgFrom: MsgFrom.User,
  status: MsgStatus.SendSuccess,
};

export const expectedHistoryPage = GetAdvancedHistoryMessageListResp.fromPartial({
  getAdvancedHistoryMessageListCallback: {
    messageList: [
      {
        ...single,
        clientMsgID: "h-1",
        serverMsgID: "s-h-1",
        sendID: "alice",
        recvID: "bob",
        contentType: ContentType.Text,
        sendTime: 1700000001000,
        seq: 1,
        content: { $case: "textElem", value: { content: "first" } },
      },
      {
        ...single,
        clientMsgID: "h-2",
        serverMsgID: "s-h-2",
        sendID: "bob",
        contentType: ContentType.Picture,
        sendTime: 1700000002000,
        seq: 2,
        isRead: true,
        content: {
          $case: "pictureElem",
          value: { sourcePicture: { url: "https://example.com/p.png", width: 10, height: 20, size: 300 } },
        },
      },
      {
        ...single,
        clientMsgID: "h-3",
        serverMsgID: "s-h-3",
        sendID: "alice",
        recvID: "bob",
        msgFrom: MsgFrom.System,
        contentType: ContentType.RevokedNotification,
        sendTime: 1700000003000,
        seq: 3,
        content: {
          $case: "revokedTips",
          value: {
            revokerID: "alice",
            clientMsgID: "h-0",
            revokeTime: 1700000003000,
            sessionType: 1,
            seq: 0,
          },
        },
      },
      {
        ...single,
        clientMsgID: "h-4",
        serverMsgID: "s-h-4",
        sendID: "bob",
        contentType: ContentType.Quote,
        sendTime: 1700000004000,
        seq: 4,
        content: {
          $case: "quoteElem",
          value: {
            text: "re: first",
            quoteMessage: {
              clientMsgID: "h-1",
              sendID: "alice",
              contentType: ContentType.Text,
              content: { $case: "textElem", value: { content: "first" } },
            },
          },
        },
      },
    ],
    isEnd: false,
  },
});

export const expectedEvents = {
  "event-recv-new-message": EventOnRecvNewMessageData.fromPartial({ message: sentText }),
  "event-new-recv-message-revoked": EventOnNewRecvMessageRevokedData.fromPartial({
    revoked: {
      revokerID: "alice",
      revokerRole: 0,
      clientMsgID: "c-send-1",
      revokerNickname: "Alice",
      revokeTime: 1700000060000,
      sourceMessageSendTime: 1700000000050,
      sourceMessageSendID: "alice",
      sourceMessageSenderNickname: "Alice",
      sessionType: 1,
      seq: 43,
    },
  }),
  "event-user-status-changed": EventOnUserStatusChangedData.fromPartial({
    userID: "bob",
    platformIDs: [1, 5, 300],
  }),
  "event-conversation-user-input-status-changed": EventOnConversationUserInputStatusChangedData.fromPartial({
    conversationID: "si_alice_bob",
    userID: "alice",
    platformIDs: [2],
  }),
  "event-recv-c2c-read-receipt": EventOnRecvC2CReadReceiptData.fromPartial({
    msgReceiptList: [
      {
        userID: "bob",
        msgIDList: ["c-send-1", "c-send-2"],
        readTime: 1700000070000,
        msgFrom: 100,
        contentType: 101,
        sessionType: 1,
      },
      { groupID: "g-1", userID: "carol", msgIDList: ["c-group-1"], readTime: 1700000080000, sessionType: 3 },
    ],
  }),
  "event-conversation-changed": EventOnConversationChangedData.fromPartial({
    conversationList: [
      {
        conversationID: "si_alice_bob",
        conversationType: SessionType.Single,
        userID: "bob",
        showName: "Bob",
        faceURL: "https://example.com/b.png",
        recvMsgOpt: ConvRecvMsgOpt.ReceiveNotNotifyMessage,
        unreadCount: 3,
        groupAtType: ConvGroupAtType.AtAllAtMe,
        latestMsg: {
          clientMsgID: "c-send-1",
          sendID: "alice",
          recvID: "bob",
          contentType: ContentType.Text,
          seq: 43,
          content: { $case: "textElem", value: { content: "hi bob" } },
        },
        latestMsgSendTime: 1700000000050,
        draftText: "draft",
        draftTextTime: 1700000090000,
        isPinned: true,
        isPrivateChat: true,
        burnDuration: 30,
        ex: "conv-ex",
        msgDestructTime: 604800,
        isMsgDestruct: true,
      },
    ],
  }),
  "event-upload-logs-progress": EventOnUploadLogsProgressData.fromPartial({
    progress: 2 ** 52,
    total: Number.MAX_SAFE_INTEGER,
  }),
  "event-connect-failed": EventOnConnectFailedData.fromPartial({
    errCode: -1,
    errMsg: "dial tcp: connection refused",
  }),
  "event-friend-application-added": EventOnFriendApplicationAddedData.fromPartial({
    request: {
      fromUserID: "erin",
      fromNickname: "Erin",
      fromFaceURL: "https://example.com/e.png",
      toUserID: "alice",
      toNickname: "Alice",
      toFaceURL: "https://example.com/a.png",
      handleResult: -1,
      reqMsg: "hi, it's Erin",
      createTime: 1700000100000,
      handlerUserID: "alice",
      handleMsg: "no",
      handleTime: 1700000200000,
      ex: "x",
      attached: "y",
    },
  }),
};
