// What each sdk-* golden vector holds, written out by hand from its txtpb: the rest of the core's
// interface (init, conversation, group, relation, user, third, interop, error).
import {
  AppFramework,
  ApprovalStatus,
  ContentType,
  ConvGroupAtType,
  ConvRecvMsgOpt,
  GlobalRecvMsgOpt,
  LogLevel,
  Platform,
  SessionType,
} from "../../src/gen/common.js";
import * as conversation from "../../src/gen/conversation.js";
import type { MessageFns } from "../../src/gen/ffi.js";
import * as group from "../../src/gen/group.js";
import * as init from "../../src/gen/init.js";
import * as interop from "../../src/gen/interop.js";
import * as relation from "../../src/gen/relation.js";
import { GroupJoinSource } from "../../src/gen/shared.js";
import * as third from "../../src/gen/third.js";
import * as user from "../../src/gen/user.js";

const text = (s: string) => new TextEncoder().encode(s);

export interface SdkCase {
  // biome-ignore lint/suspicious/noExplicitAny: each case pairs one codec with its own message type
  readonly codec: MessageFns<any>;
  readonly expected: unknown;
}

export const sdkPayloads: Record<string, SdkCase> = {
  "sdk-init-sdk-req": {
    codec: init.InitSDKReq,
    expected: init.InitSDKReq.fromPartial({
      config: {
        appFramework: AppFramework.Electron,
        platform: Platform.macOS,
        apiAddr: "https://im.example.com/api",
        wsAddr: "wss://im.example.com/msg_gateway",
        dataDir: "/var/lib/chat/alice",
        logLevel: LogLevel.LevelDebug,
        isLogStandardOutput: true,
        logFilePath: "/var/log/chat",
      },
    }),
  },
  "sdk-login-status-resp": {
    codec: init.GetLoginStatusResp,
    expected: init.GetLoginStatusResp.fromPartial({ status: init.LoginStatus.Logged }),
  },
  "sdk-set-conversation-zeros": {
    codec: conversation.SetConversationReq,
    expected: conversation.SetConversationReq.fromPartial({
      conversationID: "si_alice_bob",
      recvMsgOpt: ConvRecvMsgOpt.ReceiveMessage,
      groupAtType: ConvGroupAtType.AtNormal,
      isPinned: false,
      isPrivateChat: false,
      burnDuration: 0,
      ex: "",
      msgDestructTime: 0,
      isMsgDestruct: false,
    }),
  },
  "sdk-set-conversation-partial": {
    codec: conversation.SetConversationReq,
    expected: conversation.SetConversationReq.fromPartial({
      conversationID: "sg_crew",
      isPinned: true,
      msgDestructTime: 0,
    }),
  },
  "sdk-conversation-list-split-resp": {
    codec: conversation.GetConversationListSplitResp,
    expected: conversation.GetConversationListSplitResp.fromPartial({
      conversationList: [
        {
          conversationID: "si_alice_bob",
          conversationType: SessionType.Single,
          userID: "bob",
          showName: "Bob",
          recvMsgOpt: ConvRecvMsgOpt.ReceiveNotNotifyMessage,
          unreadCount: 3,
          latestMsg: {
            clientMsgID: "c-9",
            sendID: "bob",
            recvID: "alice",
            sessionType: SessionType.Single,
            contentType: ContentType.Text,
            sendTime: 1700000123456,
            seq: 42,
            content: { $case: "textElem", value: { content: "see you at ten" } },
          },
          latestMsgSendTime: 1700000123456,
          draftText: "ok, ",
          draftTextTime: 1700000200000,
          isPinned: true,
          msgDestructTime: 604800,
        },
        {
          conversationID: "sg_crew",
          conversationType: SessionType.ReadGroup,
          groupID: "crew",
          groupAtType: ConvGroupAtType.AtAllAtMe,
        },
      ],
    }),
  },
  "sdk-set-group-info-zeros": {
    codec: group.SetGroupInfoReq,
    expected: group.SetGroupInfoReq.fromPartial({
      groupID: "crew",
      groupName: "",
      notification: "",
      needVerification: 0,
      applyMemberFriend: 0,
    }),
  },
  "sdk-set-group-member-info": {
    codec: group.SetGroupMemberInfoReq,
    expected: group.SetGroupMemberInfoReq.fromPartial({
      groupID: "crew",
      userID: "bob",
      nickname: "Bobby",
      roleLevel: 0,
    }),
  },
  "sdk-group-members-resp": {
    codec: group.GetGroupMembersResp,
    expected: group.GetGroupMembersResp.fromPartial({
      members: [
        {
          groupID: "crew",
          userID: "alice",
          nickname: "Alice",
          roleLevel: 100,
          joinTime: 1700000000000,
          joinSource: GroupJoinSource.Invitation,
          inviterUserID: "carol",
        },
        { groupID: "crew", userID: "bob", roleLevel: 20, muteEndTime: 1700003600000 },
      ],
    }),
  },
  "sdk-handle-friend-request-req": {
    codec: relation.HandleFriendRequestReq,
    expected: relation.HandleFriendRequestReq.fromPartial({
      userID: "mallory",
      handleMsg: "no thanks",
      status: ApprovalStatus.Rejected,
    }),
  },
  "sdk-updates-friends-zeros": {
    codec: relation.UpdatesFriendsReq,
    expected: relation.UpdatesFriendsReq.fromPartial({ userID: "bob", pinned: false, Remark: "" }),
  },
  "sdk-check-friend-resp": {
    codec: relation.CheckFriendResp,
    expected: relation.CheckFriendResp.fromPartial({
      result: [{ userID: "bob", result: relation.CheckFriendResult.IsFriend }, { userID: "eve" }],
    }),
  },
  "sdk-set-self-info-req": {
    codec: user.SetSelfInfoReq,
    expected: user.SetSelfInfoReq.fromPartial({ userID: "alice", globalRecvMsgOpt: GlobalRecvMsgOpt.Normal }),
  },
  "sdk-user-commands-resp": {
    codec: user.ProcessUserCommandGetAllResp,
    expected: user.ProcessUserCommandGetAllResp.fromPartial({
      commands: [
        { userID: "alice", type: 3, createTime: 1700000000001, uuid: "cmd-1", value: "pin", ex: "{}" },
        { userID: "alice", type: 4, uuid: "cmd-2" },
      ],
    }),
  },
  "sdk-log-req-any": {
    codec: third.LogReq,
    expected: third.LogReq.fromPartial({
      logLevel: LogLevel.LevelWarn,
      file: "conversation_msg.go",
      line: 212,
      msg: "sync slow",
      err: "deadline exceeded",
      kvs: [
        {
          key: "conversation",
          value: {
            typeUrl: "type.googleapis.com/openim.sdk.third.LogKv",
            value: new Uint8Array([0x0a, 2, ...text("id")]),
          },
        },
        { key: "empty", value: {} },
      ],
    }),
  },
  "sdk-upload-logs-req": {
    codec: third.UploadLogsReq,
    expected: third.UploadLogsReq.fromPartial({ line: 2000, ex: "bug #17" }),
  },
  "sdk-js-file-read-req": {
    codec: interop.jsFileReadReq,
    expected: interop.jsFileReadReq.fromPartial({ uuid: "file-7f3a", offset: 2 ** 33, length: 65536 }),
  },
  "sdk-js-file-read-resp": {
    codec: interop.jsFileReadResp,
    expected: interop.jsFileReadResp.fromPartial({ data: new Uint8Array([0, 1, 2, 255]) }),
  },
  "sdk-js-sqlite-query-req": {
    codec: interop.jsSqliteQueryReq,
    expected: interop.jsSqliteQueryReq.fromPartial({
      id: 3,
      sql: "SELECT * FROM local_conversations WHERE conversation_id = ?",
      args: '["si_alice_bob"]',
    }),
  },
  "sdk-js-sqlite-exec-resp": {
    codec: interop.jsSqliteExecResp,
    expected: interop.jsSqliteExecResp.fromPartial({ affected: Number.MAX_SAFE_INTEGER }),
  },
};
