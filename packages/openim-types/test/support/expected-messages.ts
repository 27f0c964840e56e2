// The values written in test/golden/txtpb/message-*.txtpb, built independently of the bytes.
import { ContentType, MsgFrom, MsgStatus, Platform, SessionType } from "../../src/gen/common.js";
import type { DeepPartial } from "../../src/gen/shared.js";
import {
  GroupApplyMemberFriend,
  GroupJoinSource,
  GroupLookMemberInfo,
  GroupNeedVerification,
  GroupStatus,
  type IMGroupMember,
  IMMessage,
} from "../../src/gen/shared.js";

type MessageFields = DeepPartial<IMMessage>;
const message = (fields: MessageFields) => IMMessage.fromPartial(fields);
const single = { sendID: "alice", recvID: "bob", sessionType: SessionType.Single };

const group = {
  groupID: "g-1",
  groupName: "Crew",
  notification: "be nice",
  introduction: "intro",
  faceURL: "https://example.com/g.png",
  ownerUserID: "alice",
  createTime: 1690000000000,
  memberCount: 3,
  ex: "gex",
  status: GroupStatus.Dismissed,
  creatorUserID: "alice",
  needVerification: GroupNeedVerification.DirectAccess,
  lookMemberInfo: GroupLookMemberInfo.AllowGroupLookMemberInfo,
  applyMemberFriend: GroupApplyMemberFriend.AllowGroupApplyMemberFriend,
  notificationUpdateTime: 1690000001000,
  notificationUserID: "alice",
  attachedInfo: "att",
};

const member = (userID: string, roleLevel: number): DeepPartial<IMGroupMember> => ({
  groupID: "g-1",
  userID,
  nickname: `${userID}-nick`,
  faceURL: `https://example.com/${userID}.png`,
  roleLevel,
  joinTime: 1690000000000,
  joinSource: GroupJoinSource.Invitation,
  inviterUserID: "alice",
  operatorUserID: "alice",
});

const tips = (name: string, contentType: ContentType, content: MessageFields["content"]) =>
  message({
    clientMsgID: `c-${name}`,
    sendID: "alice",
    groupID: "g-1",
    sessionType: SessionType.ReadGroup,
    msgFrom: MsgFrom.System,
    contentType,
    content,
  });

const picture = (uuid: string, size: number, width: number, height: number, url: string) => ({
  uuid,
  type: "image/jpeg",
  size,
  width,
  height,
  url,
});

export const expectedMessages: Record<string, IMMessage> = {
  "message-text": message({
    clientMsgID: "c-text-1",
    serverMsgID: "s-text-1",
    createTime: 1700000000000,
    sendTime: 1700000000123,
    sessionType: SessionType.Single,
    sendID: "alice",
    recvID: "bob",
    msgFrom: MsgFrom.User,
    contentType: ContentType.Text,
    senderPlatformID: Platform.iOS,
    senderNickname: "Alice",
    senderFaceURL: "https://example.com/a.png",
    seq: 42,
    isRead: true,
    status: MsgStatus.SendSuccess,
    offlinePush: {
      title: "New message",
      desc: "Alice: hello",
      ex: '{"k":1}',
      iOSPushSound: "default",
      iOSBadgeCount: true,
      signalInfo: "sig",
    },
    ex: "server-ex",
    localEx: "local-ex",
    attachedInfoElem: {
      groupHasReadInfo: { hasReadUserIDList: ["bob", "carol"], hasReadCount: 2, groupMemberCount: 3 },
      isPrivateChat: true,
      burnDuration: 30,
      hasReadTime: 1700000000999,
      progress: { total: 2048, save: 1024, current: 512, uploadID: "up-1" },
    },
    content: { $case: "textElem", value: { content: "hello, 世界 👋" } },
  }),
  "message-card": message({
    clientMsgID: "c-card",
    ...single,
    contentType: ContentType.Card,
    seq: 1,
    content: {
      $case: "cardElem",
      value: { userID: "dave", nickname: "Dave", faceURL: "https://example.com/d.png", ex: "card-ex" },
    },
  }),
  "message-picture": message({
    clientMsgID: "c-picture",
    sendID: "alice",
    groupID: "g-1",
    sessionType: SessionType.ReadGroup,
    contentType: ContentType.Picture,
    seq: 2,
    content: {
      $case: "pictureElem",
      value: {
        sourcePath: "/tmp/cat.jpg",
        sourcePicture: picture("u-src", 5242880, 4032, 3024, "https://example.com/cat.jpg"),
        bigPicture: picture("u-big", 1048576, 1920, 1440, "https://example.com/cat-big.jpg"),
        snapshotPicture: picture("u-snap", 20480, 200, 150, "https://example.com/cat-snap.jpg"),
      },
    },
  }),
  "message-sound": message({
    clientMsgID: "c-sound",
    ...single,
    contentType: ContentType.Sound,
    content: {
      $case: "soundElem",
      value: {
        uuid: "u-sound",
        soundPath: "/tmp/voice.m4a",
        sourceURL: "https://example.com/voice.m4a",
        dataSize: 48000,
        duration: 12,
        soundType: "m4a",
      },
    },
  }),
  "message-video": message({
    clientMsgID: "c-video",
    ...single,
    contentType: ContentType.Video,
    content: {
      $case: "videoElem",
      value: {
        videoPath: "/tmp/clip.mp4",
        videoUUID: "u-video",
        videoURL: "https://example.com/clip.mp4",
        videoType: "mp4",
        videoSize: 73400320,
        duration: 95,
        snapshotPath: "/tmp/clip.jpg",
        snapshotUUID: "u-video-snap",
        snapshotSize: 40960,
        snapshotURL: "https://example.com/clip.jpg",
        snapshotWidth: 1280,
        snapshotHeight: 720,
        snapshotType: "image/jpeg",
      },
    },
  }),
  "message-file": message({
    clientMsgID: "c-file",
    ...single,
    contentType: ContentType.File,
    content: {
      $case: "fileElem",
      value: {
        filePath: "/tmp/report.pdf",
        uuid: "u-file",
        sourceURL: "https://example.com/report.pdf",
        fileName: "report.pdf",
        fileSize: 6000000000,
        fileType: "application/pdf",
      },
    },
  }),
  "message-merge": message({
    clientMsgID: "c-merge",
    ...single,
    contentType: ContentType.Merge,
    content: {
      $case: "mergeElem",
      value: {
        title: "Chat history of Carol and Dave",
        abstractList: ["Carol: ping", "Dave: pong"],
        multiMessage: [
          {
            clientMsgID: "c-inner-1",
            sendID: "carol",
            recvID: "dave",
            sessionType: SessionType.Single,
            contentType: ContentType.Text,
            sendTime: 1690000000000,
            content: { $case: "textElem", value: { content: "ping" } },
          },
          {
            clientMsgID: "c-inner-2",
            sendID: "dave",
            recvID: "carol",
            sessionType: SessionType.Single,
            contentType: ContentType.Text,
            sendTime: 1690000000500,
            content: { $case: "textElem", value: { content: "pong" } },
          },
        ],
        messageEntityList: [{ type: "bold", offset: 0, length: 5, url: "", ex: "e" }],
      },
    },
  }),
  "message-at-text": message({
    clientMsgID: "c-at",
    sendID: "alice",
    groupID: "g-1",
    sessionType: SessionType.ReadGroup,
    contentType: ContentType.AtText,
    content: {
      $case: "atTextElem",
      value: {
        text: "@bob @carol look",
        atUserList: ["bob", "carol"],
        atUsersInfo: [
          { atUserID: "bob", groupNickname: "Bobby" },
          { atUserID: "carol", groupNickname: "C" },
        ],
        quoteMessage: {
          clientMsgID: "c-quoted",
          sendID: "bob",
          contentType: ContentType.Text,
          content: { $case: "textElem", value: { content: "quoted" } },
        },
        isAtSelf: true,
      },
    },
  }),
  "message-face": message({
    clientMsgID: "c-face",
    ...single,
    contentType: ContentType.Face,
    content: { $case: "faceElem", value: { index: 7, data: '{"emoji":"smile"}' } },
  }),
  "message-location": message({
    clientMsgID: "c-location",
    ...single,
    contentType: ContentType.Location,
    content: {
      $case: "locationElem",
      value: { description: "Harbour", longitude: -122.4194155, latitude: 37.7749295 },
    },
  }),
  "message-custom": message({
    clientMsgID: "c-custom",
    ...single,
    contentType: ContentType.Custom,
    content: {
      $case: "customElem",
      value: { data: '{"kind":"order","id":77}', description: "order card", extension: "ext" },
    },
  }),
  "message-quote": message({
    clientMsgID: "c-quote",
    ...single,
    contentType: ContentType.Quote,
    content: {
      $case: "quoteElem",
      value: {
        text: "agreed",
        quoteMessage: {
          clientMsgID: "c-original",
          sendID: "bob",
          recvID: "alice",
          contentType: ContentType.Text,
          seq: 9,
          content: { $case: "textElem", value: { content: "shall we?" } },
        },
        messageEntityList: [{ type: "italic", offset: 0, length: 6 }],
      },
    },
  }),
  "message-advanced-text": message({
    clientMsgID: "c-advanced",
    ...single,
    contentType: ContentType.AdvancedText,
    content: {
      $case: "advancedTextElem",
      value: {
        text: "see https://example.com",
        messageEntityList: [{ type: "url", offset: 4, length: 19, url: "https://example.com" }],
      },
    },
  }),
  "message-typing": message({
    clientMsgID: "c-typing",
    ...single,
    contentType: ContentType.Typing,
    content: { $case: "typingElem", value: { msgTips: "yes" } },
  }),
  "message-stream": message({
    clientMsgID: "c-stream",
    sendID: "bot",
    recvID: "alice",
    sessionType: SessionType.Single,
    contentType: ContentType.Stream,
    content: {
      $case: "streamElem",
      value: { type: "text", content: "partial answer", packets: ["partial ", "answer"], end: true },
    },
  }),
  "message-revoked-tips": message({
    clientMsgID: "c-revoked",
    ...single,
    msgFrom: MsgFrom.System,
    contentType: ContentType.RevokedNotification,
    content: {
      $case: "revokedTips",
      value: {
        revokerID: "alice",
        revokerRole: 1,
        clientMsgID: "c-text-1",
        revokerNickname: "Alice",
        revokeTime: 1700000100000,
        sourceMessageSendTime: 1700000000123,
        sourceMessageSendID: "alice",
        sourceMessageSenderNickname: "Alice",
        sessionType: 1,
        seq: 42,
        ex: "why",
      },
    },
  }),
  "message-group-created-tips": tips("group-created-tips", ContentType.GroupCreatedNotification, {
    $case: "groupCreatedTips",
    value: {
      group,
      opUser: member("alice", 100),
      memberList: [member("bob", 20), member("carol", 20)],
      operationTime: 1690000000000,
      groupOwnerUser: member("alice", 100),
    },
  }),
  "message-member-quit-tips": tips("member-quit-tips", ContentType.MemberQuitNotification, {
    $case: "memberQuitTips",
    value: { group, quitUser: member("bob", 20), operationTime: 1700000200000 },
  }),
  "message-group-owner-transferred-tips": tips(
    "group-owner-transferred-tips",
    ContentType.GroupOwnerTransferredNotification,
    {
      $case: "groupOwnerTransferredTips",
      value: {
        group,
        opUser: member("alice", 100),
        newGroupOwner: member("bob", 100),
        oldGroupOwner: "alice",
        operationTime: 1700000300000,
        oldGroupOwnerInfo: member("alice", 20),
      },
    },
  ),
  "message-member-kicked-tips": tips("member-kicked-tips", ContentType.MemberKickedNotification, {
    $case: "memberKickedTips",
    value: {
      group,
      opUser: member("alice", 100),
      kickedUserList: [member("bob", 20), member("carol", 20)],
      operationTime: 1700000400000,
    },
  }),
  "message-member-invited-tips": tips("member-invited-tips", ContentType.MemberInvitedNotification, {
    $case: "memberInvitedTips",
    value: {
      group,
      opUser: member("alice", 100),
      invitedUserList: [member("erin", 20)],
      operationTime: 1700000500000,
      inviterUser: member("alice", 100),
    },
  }),
  "message-member-enter-tips": tips("member-enter-tips", ContentType.MemberEnterNotification, {
    $case: "memberEnterTips",
    value: { group, entrantUser: member("frank", 20), operationTime: 1700000600000 },
  }),
  "message-group-dismissed-tips": tips("group-dismissed-tips", ContentType.GroupDismissedNotification, {
    $case: "groupDismissedTips",
    value: { group, opUser: member("alice", 100), operationTime: 1700000700000 },
  }),
  "message-group-member-muted-tips": tips(
    "group-member-muted-tips",
    ContentType.GroupMemberMutedNotification,
    {
      $case: "groupMemberMutedTips",
      value: {
        group,
        opUser: member("alice", 100),
        operationTime: 1700000800000,
        mutedUser: member("bob", 20),
        mutedSeconds: 4294967295,
      },
    },
  ),
  "message-group-member-cancel-muted-tips": tips(
    "group-member-cancel-muted-tips",
    ContentType.GroupMemberCancelMutedNotification,
    {
      $case: "groupMemberCancelMutedTips",
      value: {
        group,
        opUser: member("alice", 100),
        operationTime: 1700000900000,
        mutedUser: member("bob", 20),
      },
    },
  ),
  "message-group-muted-tips": tips("group-muted-tips", ContentType.GroupMutedNotification, {
    $case: "groupMutedTips",
    value: { group, opUser: member("alice", 100), operationTime: 1700001000000 },
  }),
  "message-group-cancel-muted-tips": tips(
    "group-cancel-muted-tips",
    ContentType.GroupCancelMutedNotification,
    {
      $case: "groupCancelMutedTips",
      value: { group, opUser: member("alice", 100), operationTime: 1700001100000 },
    },
  ),
  "message-friend-application-approved-tips": tips(
    "friend-application-approved-tips",
    ContentType.FriendApplicationApprovedNotification,
    {
      $case: "friendApplicationApprovedTips",
      value: { fromToUserID: { fromUserID: "alice", toUserID: "bob" } },
    },
  ),
  "message-conversation-private-chat-tips": tips(
    "conversation-private-chat-tips",
    ContentType.ConversationPrivateChatNotification,
    {
      $case: "conversationPrivateChatTips",
      value: { recvID: "bob", sendID: "alice", isPrivate: true, conversationID: "si_alice_bob" },
    },
  ),
  "message-business-tips": tips("business-tips", ContentType.BusinessNotification, {
    $case: "businessTips",
    value: { key: "order.paid", data: '{"id":77}' },
  }),
  "message-negative-time": message({
    clientMsgID: "c-negative",
    createTime: -1,
    sendTime: -1700000000000,
    contentType: ContentType.Text,
    content: { $case: "textElem", value: { content: "before the epoch" } },
    attachedInfoElem: { burnDuration: -5 },
  }),
  "message-negative-zero": message({
    clientMsgID: "c-zero",
    contentType: ContentType.Location,
    content: {
      $case: "locationElem",
      value: { description: "null island, west side", longitude: -0, latitude: 0 },
    },
  }),
  "message-safe-limits": message({
    clientMsgID: "c-limits",
    createTime: Number.MAX_SAFE_INTEGER,
    sendTime: -Number.MAX_SAFE_INTEGER,
    seq: Number.MAX_SAFE_INTEGER,
    contentType: ContentType.Text,
    content: { $case: "textElem", value: { content: "limits" } },
  }),
};
