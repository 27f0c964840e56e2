import { describe, expectTypeOf, it } from "vitest";
import {
  type DecodedFfiRequest,
  type DecodedFfiResult,
  decodeFfiRequest,
  decodeFfiResult,
  encodeFfiRequest,
  encodeFfiResult,
  type event,
  type FfiFuncName,
  type FfiName,
  type init,
  type interop,
  type message,
  type relation,
} from "../src/index.js";

declare const bytes: Uint8Array;

describe("decoded FFI results: a union discriminated by ok and name", () => {
  it("narrows data by name once ok", () => {
    const result = decodeFfiResult(bytes);
    expectTypeOf(result).toEqualTypeOf<DecodedFfiResult>();
    if (result.ok && result.name === "SendMessage") {
      expectTypeOf(result.data).toEqualTypeOf<message.SendMessageResp>();
      expectTypeOf(result.funcName).toEqualTypeOf<6>();
      expectTypeOf(result.errCode).toEqualTypeOf<0>();
    }
    if (result.ok && result.name === "EventOnRecvNewMessage") {
      expectTypeOf(result.data).toEqualTypeOf<event.EventOnRecvNewMessageData>();
    }
    if (result.ok && result.name === "GetAdvancedHistoryMessageListReverse") {
      expectTypeOf(result.data).toEqualTypeOf<message.GetAdvancedHistoryMessageListReverseResp>();
    }
  });

  it("types the payloads of the whole interface, and the three raw ones and unknown funcNames as bytes", () => {
    const result = decodeFfiResult(bytes);
    if (result.ok && result.name === "InitSDK") expectTypeOf(result.data).toEqualTypeOf<init.InitSDKResp>();
    if (result.ok && result.name === "HandlerFriendRequest") {
      expectTypeOf(result.data).toEqualTypeOf<relation.HandleFriendRequestResp>();
    }
    if (result.ok && result.name === "JsSqliteQuery")
      expectTypeOf(result.data).toEqualTypeOf<interop.jsSqliteQueryResp>();
    if (result.ok && result.name === "UploadFile") expectTypeOf(result.data).toEqualTypeOf<Uint8Array>();
    if (result.ok && result.name === undefined) {
      expectTypeOf(result.data).toEqualTypeOf<Uint8Array>();
      expectTypeOf(result.funcName).toEqualTypeOf<number>();
    }
  });

  it("gives a failure no payload", () => {
    const result = decodeFfiResult(bytes);
    if (!result.ok) {
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
      expectTypeOf(result.errCode).toEqualTypeOf<number>();
      expectTypeOf(result.name).toEqualTypeOf<FfiName | undefined>();
    }
    // Without checking ok, data may be missing.
    if (result.name === "SendMessage") {
      expectTypeOf(result.data).toEqualTypeOf<message.SendMessageResp | undefined>();
    }
  });
});

describe("decoded FFI requests", () => {
  it("narrows data by name", () => {
    const request = decodeFfiRequest(bytes);
    expectTypeOf(request).toEqualTypeOf<DecodedFfiRequest>();
    if (request.name === "SendMessage") expectTypeOf(request.data).toEqualTypeOf<message.SendMessageReq>();
    if (request.name === "JsFileOpen") expectTypeOf(request.data).toEqualTypeOf<interop.jsFileOpenReq>();
    if (request.name === "GetConversation") expectTypeOf(request.data).toEqualTypeOf<Uint8Array>();
    if (request.name === undefined) expectTypeOf(request.data).toEqualTypeOf<Uint8Array>();
  });
});

describe("encoding checks the payload against the name", () => {
  it("accepts the implied message and rejects others", () => {
    expectTypeOf(encodeFfiRequest("CreateTextMessage", { text: "hi" })).toEqualTypeOf<Uint8Array>();
    // @ts-expect-error CreateTextMessageReq has no field `content`
    encodeFfiRequest("CreateTextMessage", { content: "hi" });
    // @ts-expect-error UploadFile's payload is raw bytes
    encodeFfiRequest("UploadFile", { userID: "u" });
    // @ts-expect-error LoginReq has userID and token, not raw bytes
    encodeFfiRequest("Login", new Uint8Array());
    // @ts-expect-error events are never requested
    encodeFfiRequest("EventOnRecvNewMessage", new Uint8Array());
    // @ts-expect-error not a FuncRequestEventName member
    encodeFfiRequest("SendMessages", new Uint8Array());
    encodeFfiResult("RevokeMessage", {});
    encodeFfiResult("RevokeMessage", undefined, { errCode: 1, errMsg: "no" });
    // @ts-expect-error a failure needs errCode and errMsg
    encodeFfiResult("RevokeMessage", undefined, { handleID: 1 });
    // @ts-expect-error EventOnRecvNewMessageData needs `message`
    encodeFfiResult("EventOnRecvNewMessage", { text: "x" });
  });

  it("exposes funcName numbers as literal types", () => {
    expectTypeOf<FfiFuncName<"EventOnRecvNewMessage">>().toEqualTypeOf<29>();
  });
});
