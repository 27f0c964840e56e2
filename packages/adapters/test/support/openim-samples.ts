import { ContentType, SessionType } from "@chatwire/openim-types/common";
import type { IMMessage } from "@chatwire/openim-types/shared";
import * as shared from "@chatwire/openim-types/shared";

type Elem = NonNullable<IMMessage["content"]>;

const member = (userID: string, nickname: string) =>
  shared.IMGroupMember.fromPartial({ groupID: "g-support", userID, nickname });
const group = shared.IMGroup.fromPartial({ groupID: "g-support", groupName: "Support desk" });

const quoted = shared.IMMessage.fromPartial({
  msgFrom: 100,
  clientMsgID: "q-1",
  sendID: "bob",
  recvID: "alice",
  senderNickname: "Bob",
  sessionType: SessionType.Single,
  contentType: ContentType.Text,
  sendTime: 1_700_000_000_000,
  content: { $case: "textElem", value: { content: "Is the printer fixed?" } },
});

/** One realistic message per OpenIM content type of the protocol, keyed by ContentType. */
export const openImSamples: Record<number, Elem> = {
  [ContentType.Text]: { $case: "textElem", value: { content: "hello 👋" } },
  [ContentType.Picture]: {
    $case: "pictureElem",
    value: {
      sourcePath: "",
      sourcePicture: {
        uuid: "p-1",
        type: "image/png",
        size: 2048,
        width: 800,
        height: 600,
        url: "https://img.example/p1.png",
      },
      bigPicture: {
        uuid: "p-1b",
        type: "image/png",
        size: 4096,
        width: 1600,
        height: 1200,
        url: "https://img.example/p1b.png",
      },
      snapshotPicture: {
        uuid: "p-1s",
        type: "image/png",
        size: 128,
        width: 80,
        height: 60,
        url: "https://img.example/p1s.png",
      },
    },
  },
  [ContentType.Sound]: {
    $case: "soundElem",
    value: {
      uuid: "s-1",
      soundPath: "",
      sourceURL: "https://cdn.example/s1.m4a",
      dataSize: 9000,
      duration: 7,
      soundType: "audio/mp4",
    },
  },
  [ContentType.Video]: {
    $case: "videoElem",
    value: shared.VideoElem.fromPartial({
      videoUUID: "v-1",
      videoURL: "https://cdn.example/v1.mp4",
      videoType: "video/mp4",
      videoSize: 1_000_000,
      duration: 12,
      snapshotURL: "https://cdn.example/v1.jpg",
      snapshotWidth: 320,
      snapshotHeight: 180,
    }),
  },
  [ContentType.File]: {
    $case: "fileElem",
    value: shared.FileElem.fromPartial({
      uuid: "f-1",
      sourceURL: "https://cdn.example/a.pdf",
      fileName: "a.pdf",
      fileSize: 5120,
      fileType: "application/pdf",
    }),
  },
  [ContentType.AtText]: {
    $case: "atTextElem",
    value: shared.AtTextElem.fromPartial({
      text: "@Bob please check",
      atUserList: ["bob", "carol"],
      atUsersInfo: [{ atUserID: "bob", groupNickname: "Bob" }],
      quoteMessage: quoted,
    }),
  },
  [ContentType.Merge]: {
    $case: "mergeElem",
    value: shared.MergeElem.fromPartial({
      title: "Chat history",
      abstractList: ["Bob: Is the printer fixed?"],
      multiMessage: [quoted],
    }),
  },
  [ContentType.Card]: {
    $case: "cardElem",
    value: { userID: "dave", nickname: "Dave", faceURL: "https://img.example/d.png", ex: "" },
  },
  [ContentType.Location]: {
    $case: "locationElem",
    value: { description: "Office", longitude: 116.397, latitude: 39.909 },
  },
  [ContentType.Custom]: {
    $case: "customElem",
    value: { data: '{"ticket":42}', description: "ticket", extension: "" },
  },
  [ContentType.Typing]: { $case: "typingElem", value: { msgTips: "Bob is typing" } },
  [ContentType.Quote]: {
    $case: "quoteElem",
    value: shared.QuoteElem.fromPartial({ text: "Yes, fixed", quoteMessage: quoted }),
  },
  [ContentType.Face]: { $case: "faceElem", value: { index: 3, data: "smile" } },
  [ContentType.Stream]: {
    $case: "streamElem",
    value: { type: "text", content: "Thinking", packets: ["Think", "ing"], end: false },
  },
  [ContentType.AdvancedText]: {
    $case: "advancedTextElem",
    value: shared.AdvancedTextElem.fromPartial({
      text: "see docs",
      messageEntityList: [{ type: "url", offset: 4, length: 4, url: "https://docs.example", ex: "" }],
    }),
  },
  [ContentType.CustomMsgNotTriggerConversation]: {
    $case: "customElem",
    value: { data: "silent", description: "", extension: "" },
  },
  [ContentType.CustomMsgOnlineOnly]: {
    $case: "customElem",
    value: { data: "live", description: "", extension: "x" },
  },
  [ContentType.FriendApplicationApprovedNotification]: {
    $case: "friendApplicationApprovedTips",
    value: shared.FriendApplicationApprovedTips.fromPartial({
      fromToUserID: { fromUserID: "alice", toUserID: "bob" },
    }),
  },
  [ContentType.GroupCreatedNotification]: {
    $case: "groupCreatedTips",
    value: shared.GroupCreatedTips.fromPartial({
      group,
      opUser: member("alice", "Alice"),
      memberList: [member("bob", "Bob")],
      operationTime: 1,
    }),
  },
  [ContentType.MemberQuitNotification]: {
    $case: "memberQuitTips",
    value: shared.MemberQuitTips.fromPartial({ group, quitUser: member("bob", "Bob"), operationTime: 2 }),
  },
  [ContentType.GroupOwnerTransferredNotification]: {
    $case: "groupOwnerTransferredTips",
    value: shared.GroupOwnerTransferredTips.fromPartial({
      group,
      opUser: member("alice", "Alice"),
      newGroupOwner: member("bob", "Bob"),
      oldGroupOwner: "alice",
    }),
  },
  [ContentType.MemberKickedNotification]: {
    $case: "memberKickedTips",
    value: shared.MemberKickedTips.fromPartial({
      group,
      opUser: member("alice", "Alice"),
      kickedUserList: [member("eve", "Eve")],
    }),
  },
  [ContentType.MemberInvitedNotification]: {
    $case: "memberInvitedTips",
    value: shared.MemberInvitedTips.fromPartial({
      group,
      opUser: member("alice", "Alice"),
      invitedUserList: [member("carol", "Carol")],
    }),
  },
  [ContentType.MemberEnterNotification]: {
    $case: "memberEnterTips",
    value: shared.MemberEnterTips.fromPartial({ group, entrantUser: member("carol", "Carol") }),
  },
  [ContentType.GroupDismissedNotification]: {
    $case: "groupDismissedTips",
    value: shared.GroupDismissedTips.fromPartial({ group, opUser: member("alice", "Alice") }),
  },
  [ContentType.GroupMemberMutedNotification]: {
    $case: "groupMemberMutedTips",
    value: shared.GroupMemberMutedTips.fromPartial({
      group,
      opUser: member("alice", "Alice"),
      mutedUser: member("eve", "Eve"),
      mutedSeconds: 600,
    }),
  },
  [ContentType.GroupMemberCancelMutedNotification]: {
    $case: "groupMemberCancelMutedTips",
    value: shared.GroupMemberCancelMutedTips.fromPartial({
      group,
      opUser: member("alice", "Alice"),
      mutedUser: member("eve", "Eve"),
    }),
  },
  [ContentType.GroupMutedNotification]: {
    $case: "groupMutedTips",
    value: shared.GroupMutedTips.fromPartial({ group, opUser: member("alice", "Alice") }),
  },
  [ContentType.GroupCancelMutedNotification]: {
    $case: "groupCancelMutedTips",
    value: shared.GroupCancelMutedTips.fromPartial({ group, opUser: member("alice", "Alice") }),
  },
  [ContentType.ConversationPrivateChatNotification]: {
    $case: "conversationPrivateChatTips",
    value: shared.ConversationPrivateChatTips.fromPartial({
      recvID: "bob",
      sendID: "alice",
      isPrivate: true,
      conversationID: "si_alice_bob",
    }),
  },
  [ContentType.BusinessNotification]: {
    $case: "businessTips",
    value: { key: "order.paid", data: '{"order":7}' },
  },
  [ContentType.RevokedNotification]: {
    $case: "revokedTips",
    value: shared.RevokedTips.fromPartial({
      revokerID: "alice",
      revokerNickname: "Alice",
      clientMsgID: "m-9",
      revokeTime: 1_700_000_000_500,
      sessionType: 3,
    }),
  },
};

/** A group message from Alice with the given content, as OpenIM would store it. */
export function openImGroupMessage(contentType: number, content: Elem): IMMessage {
  return shared.IMMessage.fromPartial({
    clientMsgID: `m-${contentType}`,
    sendID: "alice",
    groupID: "g-support",
    senderNickname: "Alice",
    senderFaceURL: "https://img.example/alice.png",
    sessionType: SessionType.ReadGroup,
    msgFrom: 100,
    contentType,
    sendTime: 1_700_000_000_000 + contentType,
    ex: contentType % 2 ? '{"app":"desk"}' : "",
    content,
  });
}
