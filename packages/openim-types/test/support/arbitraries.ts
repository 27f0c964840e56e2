// fast-check generators for the messages the property and fuzz tests exercise. Values cover the
// whole range of each wire type: any well-formed string, every safe int64, negative int32, NaN/-0.
import fc from "fast-check";
import { ContentType, SessionType } from "../../src/gen/common.js";
import { GetAdvancedHistoryMessageListResp, SendMessageReq } from "../../src/gen/message.js";
import { type DeepPartial, IMMessage } from "../../src/gen/shared.js";

export const text = fc.string({ unit: "binary", maxLength: 12 });
export const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
export const uint32 = fc.integer({ min: 0, max: 2 ** 32 - 1 });
export const int64 = fc.maxSafeInteger();
export const uint64 = fc.maxSafeNat();
export const double = fc.double();
/** Enums are open: a newer SDK may send numbers this schema does not name. */
const contentType = fc.oneof(
  fc.constantFrom(...Object.values(ContentType).filter((v) => typeof v === "number")),
  int32,
);
const sessionType = fc.oneof(fc.constantFrom(SessionType.Single, SessionType.ReadGroup), int32);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 });

const pictureInfo = fc.record({
  uuid: text,
  type: text,
  size: int64,
  width: int32,
  height: int32,
  url: text,
});
const entity = fc.record({ type: text, offset: int32, length: int32, url: text, ex: text });
const groupMember = fc.record({
  groupID: text,
  userID: text,
  nickname: text,
  roleLevel: int32,
  joinTime: int64,
  joinSource: int32,
  muteEndTime: int64,
});
const group = fc.record({
  groupID: text,
  groupName: text,
  createTime: int64,
  memberCount: int64,
  status: int32,
});

type Content = DeepPartial<IMMessage>["content"];
const elem = <C extends string, V>(kind: C, value: fc.Arbitrary<V>) =>
  fc.record({ $case: fc.constant(kind), value });

/** Content kinds without nested messages. */
const leafContent: fc.Arbitrary<Content>[] = [
  elem("textElem", fc.record({ content: text })),
  elem(
    "pictureElem",
    fc.record({ sourcePath: text, sourcePicture: optional(pictureInfo), bigPicture: optional(pictureInfo) }),
  ),
  elem("soundElem", fc.record({ uuid: text, dataSize: int64, duration: int64 })),
  elem("videoElem", fc.record({ videoURL: text, videoSize: int64, duration: int64, snapshotWidth: int32 })),
  elem("fileElem", fc.record({ fileName: text, fileSize: int64 })),
  elem("locationElem", fc.record({ description: text, longitude: double, latitude: double })),
  elem("customElem", fc.record({ data: text, description: text, extension: text })),
  elem("faceElem", fc.record({ index: int32, data: text })),
  elem("streamElem", fc.record({ type: text, content: text, packets: list(text), end: fc.boolean() })),
  elem("advancedTextElem", fc.record({ text, messageEntityList: list(entity) })),
  elem(
    "revokedTips",
    fc.record({ revokerID: text, revokerRole: int32, revokeTime: int64, sessionType: int32, seq: int64 }),
  ),
  elem(
    "groupCreatedTips",
    fc.record({ group: optional(group), memberList: list(groupMember), operationTime: int64 }),
  ),
  elem("groupMemberMutedTips", fc.record({ mutedUser: optional(groupMember), mutedSeconds: uint32 })),
];

/** Content kinds that embed whole messages: merged histories, quotes and @-mentions. */
function nestedContent(inner: fc.Arbitrary<DeepPartial<IMMessage>>): fc.Arbitrary<Content>[] {
  return [
    elem("mergeElem", fc.record({ title: text, abstractList: list(text), multiMessage: list(inner) })),
    elem("quoteElem", fc.record({ text, quoteMessage: optional(inner), messageEntityList: list(entity) })),
    elem(
      "atTextElem",
      fc.record({ text, atUserList: list(text), quoteMessage: optional(inner), isAtSelf: fc.boolean() }),
    ),
  ];
}

function messageFields(content: fc.Arbitrary<Content>[]): fc.Arbitrary<DeepPartial<IMMessage>> {
  return fc.record(
    {
      clientMsgID: text,
      serverMsgID: text,
      createTime: int64,
      sendTime: int64,
      sessionType,
      sendID: text,
      recvID: text,
      msgFrom: int32,
      contentType,
      groupID: text,
      seq: int64,
      isRead: fc.boolean(),
      status: int32,
      offlinePush: optional(fc.record({ title: text, desc: text, iOSBadgeCount: fc.boolean() })),
      ex: text,
      attachedInfoElem: optional(
        fc.record({ isPrivateChat: fc.boolean(), burnDuration: int32, hasReadTime: int64 }),
      ),
      content: optional(fc.oneof(...content)),
    },
    { requiredKeys: [] },
  );
}

/** Partial IMMessage fields, nesting whole messages up to `depth` levels. */
function messagePartial(depth: number): fc.Arbitrary<DeepPartial<IMMessage>> {
  if (depth === 0) return messageFields(leafContent);
  return messageFields([...leafContent, ...nestedContent(messagePartial(depth - 1))]);
}

export const imMessage: fc.Arbitrary<IMMessage> = messagePartial(2).map((m) => IMMessage.fromPartial(m));

export const sendMessageReq: fc.Arbitrary<SendMessageReq> = fc
  .record({ message: optional(imMessage), recvID: text, groupID: text, isOnlineOnly: fc.boolean() })
  .map((r) => SendMessageReq.fromPartial(r));

export const historyPage: fc.Arbitrary<GetAdvancedHistoryMessageListResp> = fc
  .record({
    messageList: fc.array(imMessage, { maxLength: 5 }),
    isEnd: fc.boolean(),
    errCode: int32,
    errMsg: text,
  })
  .map((callback) =>
    GetAdvancedHistoryMessageListResp.fromPartial({ getAdvancedHistoryMessageListCallback: callback }),
  );
