import { describe, expect, it } from "vitest";
import type { FuncRequestEventName } from "../src/gen/event.js";
import { FfiRequest, FfiResult } from "../src/gen/ffi.js";
import { IMMessage } from "../src/gen/shared.js";
import {
  decodeFfiRequest,
  decodeFfiResult,
  encodeFfiRequest,
  encodeFfiResult,
  FfiDecodeError,
  FfiEncodeError,
  type FfiName,
  type FfiRequestName,
  ffiNameOf,
  ffiRegistry,
} from "../src/index.js";

const names = Object.keys(ffiRegistry) as FfiName[];
/** Functions and interop calls: what an FfiRequest carries (events travel only in FfiResults). */
const requestNames = names.filter((name) => ffiRegistry[name].kind !== "event") as FfiRequestName[];
const raw = new Uint8Array([0x0a, 2, 0x68, 0x69]);

describe("encodeFfiRequest / decodeFfiRequest", () => {
  it.each(requestNames)("%s: round-trips its request payload", (name) => {
    const { funcName, request } = ffiRegistry[name];
    const payload = request ? request.create() : raw;
    const bytes = encodeFfiRequest(name, payload as never, {
      operationID: `op-${name}`,
      handleID: funcName + 1,
    });
    expect(decodeFfiRequest(bytes)).toEqual({
      name,
      funcName,
      operationID: `op-${name}`,
      handleID: funcName + 1,
      data: payload,
    });
  });

  it("writes the funcName number and the payload bytes into FfiRequest", () => {
    const bytes = encodeFfiRequest("CreateTextMessage", { text: "hi" }, { operationID: "op", handleID: 9 });
    expect(FfiRequest.decode(bytes)).toMatchObject({ operationID: "op", handleID: 9, funcName: 2028 });
    expect(FfiRequest.decode(bytes).data).toEqual(new Uint8Array([0x0a, 2, 0x68, 0x69]));
  });

  it("defaults operationID to empty and handleID to 0", () => {
    expect(decodeFfiRequest(encodeFfiRequest("UploadFile", raw))).toMatchObject({
      operationID: "",
      handleID: 0,
    });
  });

  it("decodes a funcName this schema lacks with name undefined and the payload as bytes", () => {
    const bytes = FfiRequest.encode({
      operationID: "o",
      handleID: 3,
      funcName: 4242 as FuncRequestEventName,
      data: raw,
    }).finish();
    expect(decodeFfiRequest(bytes)).toEqual({
      name: undefined,
      funcName: 4242,
      operationID: "o",
      handleID: 3,
      data: raw,
    });
  });

  it("rejects a name that is not a FuncRequestEventName member", () => {
    expect(() => encodeFfiRequest("NoSuchFunction" as FfiRequestName, raw as never)).toThrow(FfiEncodeError);
  });

  it("rejects a non-byte payload for a value without a payload message", () => {
    expect(() => encodeFfiRequest("UploadFile", { token: "x" } as never)).toThrow(
      /UploadFile request: .* must be a Uint8Array/,
    );
  });

  it("refuses an event in a request, both ways: the core sends events only as FfiResults", () => {
    expect(() => encodeFfiRequest("EventOnRecvNewMessage" as FfiRequestName, raw as never)).toThrow(
      new FfiEncodeError(
        "EventOnRecvNewMessage is an event: the core sends it in an FfiResult, never in an FfiRequest",
        29,
      ),
    );
    const bytes = FfiRequest.encode({ operationID: "", handleID: 1, funcName: 29, data: raw }).finish();
    expect(() => decodeFfiRequest(bytes)).toThrow(FfiDecodeError);
    expect(() => decodeFfiRequest(bytes)).toThrow(/^malformed FfiRequest: EventOnRecvNewMessage is an event/);
  });

  it("carries an interop call of the core to its host, with its lower-case js messages", () => {
    const bytes = encodeFfiRequest("JsFileRead", { uuid: "f-1", offset: 4096, length: 512 }, { handleID: 2 });
    expect(decodeFfiRequest(bytes)).toEqual({
      name: "JsFileRead",
      funcName: 2111,
      operationID: "",
      handleID: 2,
      data: { uuid: "f-1", offset: 4096, length: 512, _unknownFields: {} },
    });
    const answer = encodeFfiResult("JsFileRead", { data: new Uint8Array([1, 2]) }, { handleID: 2 });
    expect(decodeFfiResult(answer)).toMatchObject({
      ok: true,
      name: "JsFileRead",
      data: { data: new Uint8Array([1, 2]) },
    });
  });

  it("reports a malformed payload with the function's name and number", () => {
    const bytes = FfiRequest.encode({
      operationID: "",
      handleID: 0,
      funcName: 2028,
      data: raw.subarray(0, 3),
    }).finish();
    const error = (() => {
      try {
        decodeFfiRequest(bytes);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(FfiDecodeError);
    expect(error).toMatchObject({
      funcName: 2028,
      message: expect.stringMatching(/^malformed CreateTextMessage request payload: /),
    });
  });

  it("reports a malformed envelope", () => {
    expect(() => decodeFfiRequest(new Uint8Array([0x0a, 9]))).toThrow(/^malformed FfiRequest: /);
  });
});

describe("encodeFfiResult / decodeFfiResult", () => {
  it.each(names)("%s: round-trips its result payload", (name) => {
    const { funcName, result } = ffiRegistry[name];
    const payload = result ? result.create() : raw;
    const bytes = encodeFfiResult(name, payload as never, { handleID: 7 });
    expect(decodeFfiResult(bytes)).toEqual({
      ok: true,
      name,
      funcName,
      errCode: 0,
      errMsg: "",
      handleID: 7,
      data: payload,
    });
  });

  it("decodes a failure with its error and no payload", () => {
    const bytes = encodeFfiResult("RevokeMessage", undefined, {
      errCode: 1002,
      errMsg: "not yours",
      handleID: 4,
    });
    expect(decodeFfiResult(bytes)).toEqual({
      ok: false,
      name: "RevokeMessage",
      funcName: 2013,
      errCode: 1002,
      errMsg: "not yours",
      handleID: 4,
      data: undefined,
    });
  });

  it("decodes a failure even when its data is not a valid payload", () => {
    const bytes = FfiResult.encode({
      errCode: -1,
      errMsg: "boom",
      funcName: 6,
      data: raw.subarray(0, 3),
      handleID: 0,
    }).finish();
    expect(decodeFfiResult(bytes)).toMatchObject({
      ok: false,
      name: "SendMessage",
      errCode: -1,
      data: undefined,
    });
  });

  it("refuses a failure with a payload, or a failure with errCode 0", () => {
    const payload = { message: IMMessage.create() };
    const withPayload = () => encodeFfiResult("SendMessage", payload as never, { errCode: 5, errMsg: "x" });
    expect(withPayload).toThrow(FfiEncodeError);
    expect(() => encodeFfiResult("SendMessage", undefined, { errCode: 0, errMsg: "x" })).toThrow(
      /non-zero errCode/,
    );
  });

  it("decodes a result for a funcName this schema lacks with name undefined", () => {
    const bytes = FfiResult.encode({
      errCode: 0,
      errMsg: "",
      funcName: 7777 as FuncRequestEventName,
      data: raw,
      handleID: 1,
    }).finish();
    expect(decodeFfiResult(bytes)).toEqual({
      ok: true,
      name: undefined,
      funcName: 7777,
      errCode: 0,
      errMsg: "",
      handleID: 1,
      data: raw,
    });
  });

  it("reports a malformed event payload with the event's name", () => {
    const bytes = FfiResult.encode({
      errCode: 0,
      errMsg: "",
      funcName: 29,
      data: new Uint8Array([0x0a, 5, 1]),
      handleID: 0,
    }).finish();
    expect(() => decodeFfiResult(bytes)).toThrow(/^malformed EventOnRecvNewMessage result payload: /);
  });
});

describe("ffiNameOf", () => {
  it("maps numbers to member names and unknown numbers to undefined", () => {
    expect(ffiNameOf(29)).toBe("EventOnRecvNewMessage");
    expect(ffiNameOf(2011)).toBe("GetAdvancedHistoryMessageList");
    expect(ffiNameOf(2110)).toBe("JsFileOpen");
    // None (0) names no function, so it has no entry.
    expect(ffiNameOf(0)).toBeUndefined();
    expect(ffiNameOf(-1)).toBeUndefined();
    expect(ffiNameOf(123456)).toBeUndefined();
  });
});

describe("payloads written into the envelope", () => {
  // The reference: encode the payload on its own, then put its bytes into `data`.
  const viaBytes = (codec: (typeof ffiRegistry)[FfiName]["request"], payload: unknown) =>
    codec ? codec.encode(payload as never).finish() : (payload as Uint8Array);

  it.each(names)("%s: an empty payload leaves `data` out, as protoc does", (name) => {
    const { funcName, request, result, kind } = ffiRegistry[name];
    const requestPayload = request ? request.create() : new Uint8Array(0);
    const resultPayload = result ? result.create() : new Uint8Array(0);
    const head = { operationID: "op", handleID: 300, funcName };
    if (kind !== "event") {
      expect(encodeFfiRequest(name as FfiRequestName, requestPayload as never, head)).toEqual(
        FfiRequest.encode({ ...head, data: viaBytes(request, requestPayload) }).finish(),
      );
    }
    expect(encodeFfiResult(name, resultPayload as never, { handleID: 300 })).toEqual(
      FfiResult.encode({
        errCode: 0,
        errMsg: "",
        funcName,
        handleID: 300,
        data: viaBytes(result, resultPayload),
      }).finish(),
    );
  });

  it("writes funcName then handleID with no data tag between them for an empty event", () => {
    const bytes = encodeFfiResult(
      "EventOnRecvNewMessage",
      ffiRegistry.EventOnRecvNewMessage.result.create(),
      {
        handleID: 7,
      },
    );
    expect(bytes).toEqual(new Uint8Array([0x18, 29, 0x28, 7]));
  });

  it("matches the payload-then-envelope bytes for payloads on both sides of a one-byte length", () => {
    for (const length of [0, 1, 125, 126, 127, 200, 20_000]) {
      const payload = { text: "t".repeat(length) };
      const expected = FfiRequest.encode({
        operationID: "",
        handleID: 0,
        funcName: 2028,
        data: viaBytes(ffiRegistry.CreateTextMessage.request, payload),
      }).finish();
      expect(encodeFfiRequest("CreateTextMessage", payload)).toEqual(expected);
    }
  });
});
