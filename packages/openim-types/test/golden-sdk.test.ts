// The rest of the core's interface against bytes protoc encoded (test/golden/txtpb/sdk-*.txtpb):
// each vector decodes to the value written out in support/expected-sdk.ts, re-encodes to the
// same bytes, and survives a trip through JSON; the envelopes carry the irregular names and the
// lower-case interop messages; an error code decodes to its ErrorCode name.
import { describe, expect, it } from "vitest";
import { ErrorCode, errorCodeToJSON } from "../src/gen/error.js";
import { Any } from "../src/gen/google/protobuf/any.js";
import type { HandleFriendRequestReq, UpdatesFriendsReq } from "../src/gen/relation.js";
import { LogKv } from "../src/gen/third.js";
import {
  decodeFfiRequest,
  decodeFfiResult,
  encodeFfiRequest,
  encodeFfiResult,
  WireReader,
} from "../src/index.js";
import { sdkPayloads } from "./support/expected-sdk.js";
import { vector, vectorNames } from "./support/golden-vectors.js";

const envelopes = [
  "sdk-ffi-request-login",
  "sdk-ffi-request-handler-friend-request",
  "sdk-ffi-request-update-friends",
  "sdk-ffi-request-js-file-read",
  "sdk-ffi-result-js-file-read",
  "sdk-ffi-result-conversation-list-split",
  "sdk-ffi-result-not-login",
];
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("sdk golden vectors encoded by protoc", () => {
  it("has a test for every sdk vector", () => {
    expect(vectorNames().filter((name) => name.startsWith("sdk-"))).toEqual(
      [...Object.keys(sdkPayloads), ...envelopes].sort(),
    );
  });

  describe.each(Object.entries(sdkPayloads))("%s", (name, { codec, expected }) => {
    it("decodes to the expected value", () => {
      expect(codec.decode(vector(name))).toEqual(expected);
    });
    it("encodes the expected value to the same bytes", () => {
      expect(hex(codec.encode(expected).finish())).toBe(hex(vector(name)));
    });
    it("round-trips through JSON to the same bytes", () => {
      const json = JSON.parse(JSON.stringify(codec.toJSON(codec.decode(vector(name)))));
      expect(hex(codec.encode(codec.fromJSON(json)).finish())).toBe(hex(vector(name)));
    });
  });
});

describe("proto3 optional on the wire", () => {
  it("keeps a zero that was set apart from a field that was not", () => {
    const partial = sdkPayloads["sdk-set-conversation-partial"]!.codec.decode(
      vector("sdk-set-conversation-partial"),
    );
    expect(partial).toMatchObject({ isPinned: true, msgDestructTime: 0 });
    expect(partial.isPrivateChat).toBeUndefined();
    expect(partial.ex).toBeUndefined();
    expect(sdkPayloads["sdk-set-conversation-partial"]!.codec.toJSON(partial)).toEqual({
      conversationID: "sg_crew",
      isPinned: true,
      msgDestructTime: 0,
    });
  });

  it("writes a set zero: the all-zero request carries every one of its nine fields", () => {
    const reader = new WireReader(vector("sdk-set-conversation-zeros"));
    const fields: number[] = [];
    while (reader.pos < reader.len) {
      const tag = reader.tag();
      fields.push(tag >>> 3);
      reader.skip(tag);
    }
    expect(fields).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("google.protobuf.Any", () => {
  it("holds its type URL and the packed message's bytes", () => {
    const log = sdkPayloads["sdk-log-req-any"]!.codec.decode(vector("sdk-log-req-any"));
    const packed = log.kvs[0].value as Any;
    expect(packed.typeUrl).toBe("type.googleapis.com/openim.sdk.third.LogKv");
    expect(LogKv.decode(packed.value).key).toBe("id");
    expect(Any.toJSON(packed)).toEqual({ typeUrl: packed.typeUrl, value: "CgJpZA==" });
  });
});

describe("sdk envelopes", () => {
  it("sdk-ffi-request-login: Login carries a LoginReq", () => {
    const bytes = vector("sdk-ffi-request-login");
    expect(decodeFfiRequest(bytes)).toEqual({
      name: "Login",
      funcName: 5,
      operationID: "op-login",
      handleID: 1,
      data: { userID: "alice", token: "tok", _unknownFields: {} },
    });
    expect(
      encodeFfiRequest("Login", { userID: "alice", token: "tok" }, { operationID: "op-login", handleID: 1 }),
    ).toEqual(bytes);
  });

  it("sdk-ffi-request-handler-friend-request: HandlerFriendRequest carries a HandleFriendRequestReq", () => {
    const bytes = vector("sdk-ffi-request-handler-friend-request");
    const data = sdkPayloads["sdk-handle-friend-request-req"]!.expected as HandleFriendRequestReq;
    expect(decodeFfiRequest(bytes)).toEqual({
      name: "HandlerFriendRequest",
      funcName: 1103,
      operationID: "op-friend",
      handleID: 21,
      data,
    });
    expect(
      encodeFfiRequest("HandlerFriendRequest", data, { operationID: "op-friend", handleID: 21 }),
    ).toEqual(bytes);
  });

  it("sdk-ffi-request-update-friends: UpdateFriends carries an UpdatesFriendsReq", () => {
    const bytes = vector("sdk-ffi-request-update-friends");
    const data = sdkPayloads["sdk-updates-friends-zeros"]!.expected as UpdatesFriendsReq;
    expect(decodeFfiRequest(bytes)).toMatchObject({
      name: "UpdateFriends",
      funcName: 1112,
      handleID: 22,
      data,
    });
    expect(encodeFfiRequest("UpdateFriends", data, { handleID: 22 })).toEqual(bytes);
  });

  it("sdk-ffi-request-js-file-read and its result: an interop call from the core to its host", () => {
    const request = vector("sdk-ffi-request-js-file-read");
    const data = sdkPayloads["sdk-js-file-read-req"]!.expected;
    expect(decodeFfiRequest(request)).toMatchObject({
      name: "JsFileRead",
      funcName: 2111,
      handleID: 4,
      data,
    });
    expect(encodeFfiRequest("JsFileRead", data as never, { handleID: 4 })).toEqual(request);
    const result = vector("sdk-ffi-result-js-file-read");
    const answer = sdkPayloads["sdk-js-file-read-resp"]!.expected;
    expect(decodeFfiResult(result)).toEqual({
      ok: true,
      name: "JsFileRead",
      funcName: 2111,
      errCode: 0,
      errMsg: "",
      handleID: 4,
      data: answer,
    });
    expect(encodeFfiResult("JsFileRead", answer as never, { handleID: 4 })).toEqual(result);
  });

  it("sdk-ffi-result-conversation-list-split: the registered list call's answer", () => {
    const bytes = vector("sdk-ffi-result-conversation-list-split");
    const data = sdkPayloads["sdk-conversation-list-split-resp"]!.expected;
    expect(decodeFfiResult(bytes)).toMatchObject({
      ok: true,
      name: "GetConversationListSplit",
      handleID: 12,
      data,
    });
    expect(encodeFfiResult("GetConversationListSplit", data as never, { handleID: 12 })).toEqual(bytes);
  });

  it("sdk-ffi-result-not-login: an error code of error.proto, by name", () => {
    const bytes = vector("sdk-ffi-result-not-login");
    const decoded = decodeFfiResult(bytes);
    expect(decoded).toEqual({
      ok: false,
      name: "GetSelfUserInfo",
      funcName: 2101,
      errCode: 10009,
      errMsg: "not login",
      handleID: 31,
      data: undefined,
    });
    expect(errorCodeToJSON(decoded.errCode)).toBe("SdkNotLogin");
    expect(decoded.errCode).toBe(ErrorCode.SdkNotLogin);
    expect(
      encodeFfiResult("GetSelfUserInfo", undefined, {
        errCode: ErrorCode.SdkNotLogin,
        errMsg: "not login",
        handleID: 31,
      }),
    ).toEqual(bytes);
  });
});
