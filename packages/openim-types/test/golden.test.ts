// Bytes from Google's protobuf implementation (protoc --encode, see test/golden/make-vectors.sh)
// against values written independently in test/support: decoding must give the value, and
// encoding the value must give the same bytes.
import { WireWriter } from "@chatwire/protobuf-runtime";
import { describe, expect, it } from "vitest";
import {
  EventOnConnectFailedData,
  EventOnConnectSuccessData,
  EventOnConversationChangedData,
  EventOnConversationUserInputStatusChangedData,
  EventOnFriendApplicationAddedData,
  EventOnNewRecvMessageRevokedData,
  EventOnRecvC2CReadReceiptData,
  EventOnRecvNewMessageData,
  EventOnUploadLogsProgressData,
  EventOnUserStatusChangedData,
} from "../src/gen/event.js";
import type { MessageFns } from "../src/gen/ffi.js";
import { FfiResult } from "../src/gen/ffi.js";
import { GetAdvancedHistoryMessageListResp, SendMessageReq, SendMessageResp } from "../src/gen/message.js";
import { IMMessage, TextElem } from "../src/gen/shared.js";
import {
  decodeFfiRequest,
  decodeFfiResult,
  encodeFfiRequest,
  encodeFfiResult,
  FfiDecodeError,
} from "../src/index.js";
import { expectedMessages } from "./support/expected-messages.js";
import {
  expectedEvents,
  expectedHistoryPage,
  expectedSendMessageReq,
  sentText,
} from "./support/expected-payloads.js";
import { vector, vectorNames } from "./support/golden-vectors.js";

interface Case {
  // biome-ignore lint/suspicious/noExplicitAny: each case pairs one codec with its own message type
  codec: MessageFns<any>;
  expected: unknown;
}

const eventCodecs: Record<keyof typeof expectedEvents, MessageFns<unknown>> = {
  "event-recv-new-message": EventOnRecvNewMessageData,
  "event-new-recv-message-revoked": EventOnNewRecvMessageRevokedData,
  "event-user-status-changed": EventOnUserStatusChangedData,
  "event-conversation-user-input-status-changed": EventOnConversationUserInputStatusChangedData,
  "event-recv-c2c-read-receipt": EventOnRecvC2CReadReceiptData,
  "event-conversation-changed": EventOnConversationChangedData,
  "event-upload-logs-progress": EventOnUploadLogsProgressData,
  "event-connect-failed": EventOnConnectFailedData,
  "event-friend-application-added": EventOnFriendApplicationAddedData,
} as Record<keyof typeof expectedEvents, MessageFns<unknown>>;

const codecCases: Record<string, Case> = {
  ...Object.fromEntries(
    Object.entries(expectedMessages).map(([name, expected]) => [name, { codec: IMMessage, expected }]),
  ),
  ...Object.fromEntries(
    Object.entries(expectedEvents).map(([name, expected]) => [
      name,
      { codec: eventCodecs[name as keyof typeof expectedEvents], expected },
    ]),
  ),
  "send-message-req": { codec: SendMessageReq, expected: expectedSendMessageReq },
  "history-page": { codec: GetAdvancedHistoryMessageListResp, expected: expectedHistoryPage },
};

const envelopeVectors = [
  "ffi-request-send-message",
  "ffi-result-send-message",
  "ffi-result-recv-new-message",
  "ffi-result-history-page",
  "ffi-result-error",
  "ffi-result-unknown-func",
];
const unknownFieldVectors = ["unknown-newer-message", "unknown-newer-content", "unknown-newer-ffi-result"];
const overflowVectors = ["overflow-seq", "overflow-nested-size", "overflow-handle-id"];

describe("golden vectors encoded by protoc", () => {
  it("has a test for every committed vector", () => {
    const covered = [
      ...Object.keys(codecCases),
      ...envelopeVectors,
      ...unknownFieldVectors,
      ...overflowVectors,
    ];
    // sdk-* vectors, for the rest of the core's interface, are covered by golden-sdk.test.ts.
    expect(vectorNames().filter((name) => !name.startsWith("sdk-"))).toEqual(covered.sort());
  });

  it("covers every content kind of IMMessage", () => {
    const kinds = new Set(Object.values(expectedMessages).map((m) => m.content?.$case));
    // 30 members of the IMMessage.content oneof.
    expect(kinds.size).toBe(30);
  });

  describe.each(Object.entries(codecCases))("%s", (name, { codec, expected }) => {
    it("decodes to the expected value", () => {
      expect(codec.decode(vector(name))).toEqual(expected);
    });
    it("encodes the expected value to the same bytes", () => {
      expect(codec.encode(expected).finish()).toEqual(vector(name));
    });
  });
});

describe("FFI envelope vectors", () => {
  it("ffi-request-send-message: a SendMessageReq inside an FfiRequest", () => {
    const bytes = vector("ffi-request-send-message");
    expect(decodeFfiRequest(bytes)).toEqual({
      name: "SendMessage",
      funcName: 6,
      operationID: "op-send-1",
      handleID: 17,
      data: expectedSendMessageReq,
    });
    const options = { operationID: "op-send-1", handleID: 17 };
    expect(encodeFfiRequest("SendMessage", expectedSendMessageReq, options)).toEqual(bytes);
  });

  it("ffi-result-send-message: the answer to SendMessage", () => {
    const bytes = vector("ffi-result-send-message");
    const data = SendMessageResp.fromPartial({ message: sentText });
    expect(decodeFfiResult(bytes)).toEqual({
      ok: true,
      name: "SendMessage",
      funcName: 6,
      errCode: 0,
      errMsg: "",
      handleID: 17,
      data,
    });
    expect(encodeFfiResult("SendMessage", data, { handleID: 17 })).toEqual(bytes);
  });

  it("ffi-result-recv-new-message: an event", () => {
    const bytes = vector("ffi-result-recv-new-message");
    const data = expectedEvents["event-recv-new-message"];
    expect(decodeFfiResult(bytes)).toEqual({
      ok: true,
      name: "EventOnRecvNewMessage",
      funcName: 29,
      errCode: 0,
      errMsg: "",
      handleID: 0,
      data,
    });
    expect(encodeFfiResult("EventOnRecvNewMessage", data)).toEqual(bytes);
  });

  it("ffi-result-history-page: a history page with the largest exact handleID", () => {
    const bytes = vector("ffi-result-history-page");
    const decoded = decodeFfiResult(bytes);
    expect(decoded).toMatchObject({
      ok: true,
      name: "GetAdvancedHistoryMessageList",
      handleID: Number.MAX_SAFE_INTEGER,
    });
    expect(decoded.data).toEqual(expectedHistoryPage);
    const options = { handleID: Number.MAX_SAFE_INTEGER };
    expect(encodeFfiResult("GetAdvancedHistoryMessageList", expectedHistoryPage, options)).toEqual(bytes);
  });

  it("ffi-result-error: a failure decodes with its error and no payload", () => {
    const bytes = vector("ffi-result-error");
    expect(decodeFfiResult(bytes)).toEqual({
      ok: false,
      name: "SendMessage",
      funcName: 6,
      errCode: 10002,
      errMsg: "network timeout",
      handleID: 18,
      data: undefined,
    });
    const options = { errCode: 10002, errMsg: "network timeout", handleID: 18 };
    expect(encodeFfiResult("SendMessage", undefined, options)).toEqual(bytes);
  });

  it("ffi-result-unknown-func: a funcName this schema lacks keeps its number and bytes", () => {
    const bytes = vector("ffi-result-unknown-func");
    const data = new Uint8Array([0x0a, 3, 0x6e, 0x65, 0x77, 0x10, 1]);
    expect(decodeFfiResult(bytes)).toEqual({
      ok: true,
      name: undefined,
      funcName: 9999,
      errCode: 0,
      errMsg: "",
      handleID: 5,
      data,
    });
    expect(FfiResult.encode(FfiResult.decode(bytes)).finish()).toEqual(bytes);
  });
});

describe("unknown fields from a newer schema", () => {
  it("keeps fields between, after and inside known ones, byte for byte", () => {
    const bytes = vector("unknown-newer-message");
    const decoded = IMMessage.decode(bytes);
    const { _unknownFields, ...known } = decoded;
    expect(known).toMatchObject({ clientMsgID: "c-newer", groupID: "g-x", seq: 77, ex: "ex" });
    const text = (s: string) => new TextEncoder().encode(s);
    // Keys are tags: field 14 (length-delimited), field 19 (varint), field 1000 (length-delimited).
    expect(_unknownFields).toEqual({
      [(14 << 3) | 2]: [new Uint8Array([8, ...text("trace-14")])],
      [19 << 3]: [new WireWriter().int64(1700000999000).finish()],
      [(1000 << 3) | 2]: [new Uint8Array([3, 1, 2, 3])],
    });
    const content = decoded.content?.$case === "textElem" ? decoded.content.value : undefined;
    expect(content?.content).toBe("hello @bob");
    expect(content?._unknownFields).toEqual({
      [(2 << 3) | 2]: [new Uint8Array([3, ...text("bob")]), new Uint8Array([5, ...text("carol")])],
    });
    expect(IMMessage.encode(decoded).finish()).toEqual(bytes);
  });

  it("keeps them when a relay edits a known field", () => {
    const decoded = IMMessage.decode(vector("unknown-newer-message"));
    const edited = IMMessage.decode(IMMessage.encode({ ...decoded, ex: "relayed" }).finish());
    expect(edited.ex).toBe("relayed");
    expect(edited._unknownFields).toEqual(decoded._unknownFields);
    expect(edited.content?.value).toEqual(decoded.content?.value);
    expect(TextElem.encode(edited.content?.value as TextElem).finish()).toEqual(
      TextElem.encode(decoded.content?.value as TextElem).finish(),
    );
  });

  it("keeps a content kind added by a newer schema", () => {
    const bytes = vector("unknown-newer-content");
    const decoded = IMMessage.decode(bytes);
    expect(decoded.content).toBeUndefined();
    expect(decoded.contentType).toBe(130);
    expect(Object.keys(decoded._unknownFields ?? {})).toEqual([String((81 << 3) | 2)]);
    expect(IMMessage.encode(decoded).finish()).toEqual(bytes);
  });

  it("keeps an envelope field added by a newer SDK", () => {
    const bytes = vector("unknown-newer-ffi-result");
    expect(decodeFfiResult(bytes)).toMatchObject({ ok: true, name: "EventOnConnectSuccess", handleID: 3 });
    expect(decodeFfiResult(bytes).data).toEqual(EventOnConnectSuccessData.create());
    expect(FfiResult.encode(FfiResult.decode(bytes)).finish()).toEqual(bytes);
  });
});

describe("int64 values a number cannot hold", () => {
  it("fails to decode IMMessage.seq = 2^53 + 1 and names the field", () => {
    expect(() => IMMessage.decode(vector("overflow-seq"))).toThrow(RangeError);
    expect(() => IMMessage.decode(vector("overflow-seq"))).toThrow(/^IMMessage\.seq: 9007199254740993 /);
  });

  it("names the innermost field of a nested value", () => {
    expect(() => IMMessage.decode(vector("overflow-nested-size"))).toThrow(
      /^PictureBaseInfo\.size: -9007199254740993 /,
    );
  });

  it("fails to decode FfiResult.handleID = 2^64 - 1, through the envelope too", () => {
    const bytes = vector("overflow-handle-id");
    expect(() => FfiResult.decode(bytes)).toThrow(/^FfiResult\.handleID: 18446744073709551615 /);
    expect(() => decodeFfiResult(bytes)).toThrow(FfiDecodeError);
    expect(() => decodeFfiResult(bytes)).toThrow(/FfiResult\.handleID/);
  });
});
