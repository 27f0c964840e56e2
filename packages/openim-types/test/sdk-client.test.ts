import { ChatwireError } from "@chatwire/errors";
import { describe, expect, it, vi } from "vitest";
import type { FfiRequestName } from "../src/ffi-envelope/ffi-request.js";
import { encodeFfiRequest } from "../src/ffi-envelope/ffi-request.js";
import { decodeFfiResult } from "../src/ffi-envelope/ffi-result.js";
import { EventOnUploadLogsProgressData } from "../src/gen/event.js";
import { FfiResult } from "../src/gen/ffi.js";
import { ffiRegistry } from "../src/gen/ffi-registry.js";
import { IMMessage } from "../src/gen/shared.js";
import {
  createOpenImSdk,
  isOpenImSdkError,
  methodNameOf,
  type OpenImSdkError,
  sdkFunctionNames,
} from "../src/sdk/index.js";
import { type ScriptedCore, scriptedTransport } from "./support/scripted-transport.js";

const text = (content: string) =>
  IMMessage.fromPartial({ clientMsgID: `c-${content}`, content: { $case: "textElem", value: { content } } });

/** Resolves once every queued microtask and timer of this turn has run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function failureOf(promise: Promise<unknown>): Promise<OpenImSdkError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isOpenImSdkError(error)) throw new Error(`expected an OpenImSdkError, got ${String(error)}`);
  return error;
}

describe("createOpenImSdk: methods from the registry", () => {
  it("has one method per registered function, in lowerCamelCase", () => {
    const sdk = createOpenImSdk({ transport: scriptedTransport().transport });
    for (const name of sdkFunctionNames) expect(typeof sdk[methodNameOf(name)], name).toBe("function");
    for (const name of ["initSDK", "login", "getConversationListSplit", "handlerFriendRequest", "uploadLogs"])
      expect(typeof (sdk as unknown as Record<string, unknown>)[name], name).toBe("function");
    expect(methodNameOf("InitSDK")).toBe("initSDK");
    expect(sdkFunctionNames).not.toContain("EventOnRecvNewMessage");
  });

  it("sends the request with the function's number, the operationID and no handle of its own", async () => {
    const { transport, requests } = scriptedTransport((request, core) =>
      core.result("CreateTextMessage", { message: text("hi") }, request.handle),
    );
    const sdk = createOpenImSdk({ transport });
    await sdk.createTextMessage({ text: "hi" }, { operationID: "op-7" });
    await sdk.createTextMessage({ text: "again" });
    expect(requests[0]?.envelope).toMatchObject({ funcName: 2028, operationID: "op-7", handleID: 0 });
    expect(requests[1]?.envelope.operationID).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("correlation by the handle the core assigns", () => {
  it("takes a result delivered before request() returns", async () => {
    const { transport, dropped } = scriptedTransport((request, core) =>
      core.result("CreateTextMessage", { message: text("early") }, request.handle),
    );
    const sdk = createOpenImSdk({ transport });
    const created = await sdk.createTextMessage({ text: "early" });
    expect(created.message?.content).toMatchObject({ value: { content: "early" } });
    expect(dropped).toEqual([1]);
  });

  it("matches results that arrive out of order", async () => {
    const { transport, core, requests } = scriptedTransport();
    const sdk = createOpenImSdk({ transport });
    const first = sdk.createTextMessage({ text: "one" });
    const second = sdk.createTextMessage({ text: "two" });
    const [a, b] = requests;
    core.result("CreateTextMessage", { message: text("two") }, b!.handle);
    core.result("CreateTextMessage", { message: text("one") }, a!.handle);
    expect((await first).message?.clientMsgID).toBe("c-one");
    expect((await second).message?.clientMsgID).toBe("c-two");
  });

  it("accepts uint64 handles as bigint", async () => {
    const { transport, core } = scriptedTransport();
    const bigHandles = { ...transport, request: (bytes: Uint8Array) => BigInt(transport.request(bytes)) };
    const sdk = createOpenImSdk({ transport: bigHandles });
    const pending = sdk.createTextMessage({ text: "x" });
    core.result("CreateTextMessage", { message: text("x") }, 1);
    expect((await pending).message?.clientMsgID).toBe("c-x");
  });

  it("drops each delivered result's handle exactly once, events and late results included", async () => {
    const { transport, core, requests, dropped } = scriptedTransport();
    const onError = vi.fn();
    const sdk = createOpenImSdk({ transport, onError });
    const controller = new AbortController();
    const calls = [
      sdk.sendMessage({ message: text("a"), recvID: "bob" }, { onProgress: () => {} }),
      sdk.createTextMessage({ text: "b" }, { signal: controller.signal }).catch(() => "aborted"),
    ];
    controller.abort();
    const [send, create] = requests;
    core.result("EventOnSendMsgProgress", { progress: 50 }, send!.handle);
    core.result("EventOnRecvNewMessage", { message: text("passive") }, core.freshHandle());
    core.result("SendMessage", { message: text("a") }, send!.handle);
    core.result("CreateTextMessage", { message: text("b") }, create!.handle);
    await Promise.all(calls);
    expect([...dropped].sort()).toEqual([1, 2, 3]);
    expect(onError).not.toHaveBeenCalled();
  });
});

describe("failures", () => {
  it("rejects an error result with code, codeName, funcName and operationID", async () => {
    const { transport } = scriptedTransport((request, core) =>
      core.failure("SendMessage", request.handle, 10009, "not logged in"),
    );
    const sdk = createOpenImSdk({ transport });
    const error = await failureOf(
      sdk.sendMessage({ message: text("x"), recvID: "bob" }, { operationID: "op-1" }),
    );
    expect(error).toBeInstanceOf(ChatwireError);
    expect(error).toMatchObject({
      name: "OpenImSdkError",
      kind: "api",
      code: 10009,
      codeName: "SdkNotLogin",
      funcName: 6,
      operation: "SendMessage",
      operationID: "op-1",
      retryable: false,
    });
    expect(error.message).toBe("SendMessage failed: SdkNotLogin (10009): not logged in");
    expect(error.toJSON()).toMatchObject({ codeName: "SdkNotLogin", funcName: 6, operationID: "op-1" });
  });

  it("leaves codeName undefined for a code ErrorCode does not list", async () => {
    const { transport } = scriptedTransport((request, core) =>
      core.failure("CreateTextMessage", request.handle, 424242),
    );
    const error = await failureOf(createOpenImSdk({ transport }).createTextMessage({ text: "x" }));
    expect(error).toMatchObject({ code: 424242, codeName: undefined });
    expect(error.message).toContain("errCode 424242");
  });

  it("refuses requests of the wrong shape before anything is sent", async () => {
    const { transport, requests } = scriptedTransport();
    const sdk = createOpenImSdk({ transport }) as unknown as Record<
      string,
      (request: unknown) => Promise<unknown>
    >;
    const cases: [string, unknown, RegExp][] = [
      ["sendMessage", { recvID: 5 }, /recvID has the wrong type/],
      ["sendMessage", { recvId: "bob" }, /recvId is not a field/],
      ["sendMessage", { message: "hello" }, /message must be an object/],
      ["sendMessage", { isOnlineOnly: "yes" }, /isOnlineOnly has the wrong type/],
      ["sendMessage", "hello", /must be an object/],
      ["createLocationMessage", { longitude: "east" }, /longitude has the wrong type/],
      ["createTextMessage", { text: "\ud800" }, /text has the wrong type|cannot carry/],
      [
        "getAdvancedHistoryMessageList",
        { getAdvancedHistoryMessageListParams: { lastMinSeq: 2 ** 53 } },
        /beyond|lastMinSeq/,
      ],
    ];
    for (const [method, request, message] of cases) {
      const error = await failureOf(sdk[method]!(request));
      expect(error.kind, method).toBe("invalid-request");
      expect(error.message, method).toMatch(message);
      expect(error.message).toContain("nothing was sent");
    }
    expect(requests).toEqual([]);
  });

  it("keeps the unknown fields of a message passed back in", async () => {
    const { transport, requests } = scriptedTransport((request, core) =>
      core.result("SendMessage", {}, request.handle),
    );
    const fromNewerCore = IMMessage.decode(new Uint8Array([0x0a, 1, 0x61, 0x72, 2, 0x68, 0x69]));
    await createOpenImSdk({ transport }).sendMessage({ message: fromNewerCore, recvID: "bob" });
    const sent = requests[0]!.envelope.data;
    expect([...sent.subarray(2, 2 + sent[1]!)]).toEqual([0x0a, 1, 0x61, 0x72, 2, 0x68, 0x69]);
  });

  it("rejects undecodable and oversized results, and the dispatcher goes on", async () => {
    const onError = vi.fn();
    const { transport, core, requests, dropped } = scriptedTransport();
    const sdk = createOpenImSdk({ transport, onError, maxResponseBytes: 64 });
    const garbled = sdk.createTextMessage({ text: "a" });
    const huge = sdk.createTextMessage({ text: "b" });
    const fine = sdk.createTextMessage({ text: "c" });
    core.deliver(new Uint8Array([0xff, 0xff]));
    core.raw("CreateTextMessage", new Uint8Array([0x0a, 5, 0x0a]), requests[0]!.handle);
    core.result("CreateTextMessage", { message: text("x".repeat(100)) }, requests[1]!.handle);
    core.result("CreateTextMessage", { message: text("c") }, requests[2]!.handle);
    expect(await failureOf(garbled)).toMatchObject({
      kind: "invalid-response",
      operation: "CreateTextMessage",
    });
    expect(await failureOf(huge)).toMatchObject({ kind: "too-large" });
    expect((await fine).message?.clientMsgID).toBe("c-c");
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: "invalid-response", operation: "FfiResult" });
    expect([...dropped].sort()).toEqual([1, 2, 3]);
  });

  it("keeps each result within the decode budget: nesting depth and message count", async () => {
    let quoted = text("bottom");
    for (let i = 0; i < 8; i++) {
      quoted = IMMessage.fromPartial({
        clientMsgID: `q${i}`,
        content: { $case: "quoteElem", value: { text: "re", quoteMessage: quoted } },
      });
    }
    const page = Array.from({ length: 30 }, (_, i) => text(`m${i}`));
    const { transport } = scriptedTransport((request, core) => {
      if (request.name === "SendMessage") core.result("SendMessage", { message: quoted }, request.handle);
      else
        core.result(
          "GetAdvancedHistoryMessageList",
          { getAdvancedHistoryMessageListCallback: { messageList: page } },
          request.handle,
        );
    });
    const sdk = createOpenImSdk({ transport, decodeLimits: { maxDepth: 6, maxMessages: 50 } });
    expect(await failureOf(sdk.sendMessage({ recvID: "bob" }))).toMatchObject({ kind: "too-large" });
    expect(await failureOf(sdk.getAdvancedHistoryMessageList({ conversationID: "c" }))).toMatchObject({
      kind: "too-large",
    });
    const roomy = createOpenImSdk({ transport });
    expect((await roomy.sendMessage({ recvID: "bob" })).message?.clientMsgID).toBe("q7");
    expect(() => createOpenImSdk({ transport, decodeLimits: { maxDepth: 0 } })).toThrow(RangeError);
  });

  it("rejects a result for another function as invalid-response", async () => {
    const { transport } = scriptedTransport((request, core) =>
      core.result("DeleteMessage", {}, request.handle),
    );
    const error = await failureOf(createOpenImSdk({ transport }).createTextMessage({ text: "x" }));
    expect(error).toMatchObject({ kind: "invalid-response" });
    expect(error.message).toContain("DeleteMessage");
  });

  it("reports a transport that throws as a network failure", async () => {
    const transport = {
      init() {},
      request(): number {
        throw new Error("library not loaded");
      },
    };
    const error = await failureOf(createOpenImSdk({ transport }).createTextMessage({ text: "x" }));
    expect(error).toMatchObject({ kind: "network", operation: "CreateTextMessage" });
  });

  it("never puts a Login token into an error", async () => {
    const token = "eyJhbGciOiJIUzI1NiJ9.secret-token";
    const { transport } = scriptedTransport((request, core) =>
      core.failure("Login", request.handle, 1502, `token ${token} is invalid`),
    );
    const error = await failureOf(createOpenImSdk({ transport }).login({ userID: "alice", token }));
    expect(error).toMatchObject({ codeName: "TokenInvalid" });
    expect(error.message).not.toContain("secret-token");
    expect(JSON.stringify(error)).not.toContain("eyJhbG");
  });
});

describe("progress", () => {
  it("hands a call's progress, decoded, to that call's onProgress before it resolves", async () => {
    const { transport } = scriptedTransport((request, core) => {
      core.result("EventOnSendMsgProgress", { progress: 30 }, request.handle);
      core.result("EventOnSendMsgProgress", { progress: 100 }, request.handle);
      core.result("SendMessage", { message: text("done") }, request.handle);
    });
    const seen: unknown[] = [];
    const sdk = createOpenImSdk({ transport });
    const sent = await sdk.sendMessage(
      { message: text("done"), recvID: "bob" },
      { onProgress: (progress) => seen.push(progress.progress) },
    );
    expect(seen).toEqual([30, 100]);
    expect(sent.message?.clientMsgID).toBe("c-done");
  });

  it("decodes UploadLogs progress by the call, whatever its label says", async () => {
    const logsProgress = EventOnUploadLogsProgressData.encode(
      EventOnUploadLogsProgressData.fromPartial({ progress: 2 ** 40, total: 2 ** 41 }),
    ).finish();
    const { transport } = scriptedTransport((request, core) => {
      core.raw("EventOnUploadFileProgress", logsProgress, request.handle);
      core.result("UploadLogs", {}, request.handle);
    });
    const seen: unknown[] = [];
    const sdk = createOpenImSdk({ transport });
    await sdk.uploadLogs({ line: 10 }, { onProgress: (progress) => seen.push(progress) });
    expect(seen).toEqual([{ progress: 2 ** 40, total: 2 ** 41, _unknownFields: {} }]);
  });

  it("reports progress it cannot decode and still resolves the call", async () => {
    const onError = vi.fn();
    const { transport } = scriptedTransport((request, core) => {
      core.raw("EventOnSendMsgProgress", new Uint8Array([0x08]), request.handle);
      core.result("SendMessage", {}, request.handle);
    });
    const onProgress = vi.fn();
    await createOpenImSdk({ transport, onError }).sendMessage({ recvID: "bob" }, { onProgress });
    expect(onProgress).not.toHaveBeenCalled();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: "invalid-response", operation: "SendMessage" });
  });
});

describe("abort and timeout", () => {
  it("does not send a call whose signal is already aborted", async () => {
    const { transport, requests } = scriptedTransport();
    const controller = new AbortController();
    controller.abort(new Error("user left"));
    const error = await failureOf(
      createOpenImSdk({ transport }).createTextMessage({}, { signal: controller.signal }),
    );
    expect(error).toMatchObject({ kind: "aborted", operation: "CreateTextMessage" });
    expect(requests).toEqual([]);
  });

  it("rejects an aborted call at once and drops its late result quietly", async () => {
    const onError = vi.fn();
    const { transport, core, requests, dropped } = scriptedTransport();
    const sdk = createOpenImSdk({ transport, onError });
    const controller = new AbortController();
    const pending = sdk.sendMessage({ recvID: "bob" }, { signal: controller.signal, onProgress: onError });
    controller.abort();
    expect(await failureOf(pending)).toMatchObject({
      kind: "aborted",
      operationID: requests[0]!.envelope.operationID,
    });
    core.result("EventOnSendMsgProgress", { progress: 10 }, requests[0]!.handle);
    core.result("SendMessage", {}, requests[0]!.handle);
    expect(dropped).toEqual([1]);
    expect(onError).not.toHaveBeenCalled();
  });

  it("times out with a typed error, per call or from the client's default", async () => {
    vi.useFakeTimers();
    try {
      const onError = vi.fn();
      const { transport, core, requests, dropped } = scriptedTransport();
      const sdk = createOpenImSdk({ transport, timeoutMs: 1000, onError });
      const short = failureOf(sdk.createTextMessage({}, { timeoutMs: 10 }));
      const long = failureOf(sdk.createTextMessage({}));
      await vi.advanceTimersByTimeAsync(10);
      expect(await short).toMatchObject({
        kind: "timeout",
        message: "CreateTextMessage timed out after 10 ms",
      });
      await vi.advanceTimersByTimeAsync(990);
      expect(await long).toMatchObject({ kind: "timeout", retryable: true });
      core.result("CreateTextMessage", {}, requests[0]!.handle);
      core.result("CreateTextMessage", {}, requests[1]!.handle);
      expect(dropped).toEqual([1, 2]);
      expect(onError).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses a bad timeoutMs as invalid-request", async () => {
    const { transport, requests } = scriptedTransport();
    const error = await failureOf(createOpenImSdk({ transport }).createTextMessage({}, { timeoutMs: -1 }));
    expect(error.kind).toBe("invalid-request");
    expect(requests).toEqual([]);
  });

  it("close() rejects calls in flight and later calls, and drops late results quietly", async () => {
    const onError = vi.fn();
    const { transport, core, requests, dropped } = scriptedTransport();
    const sdk = createOpenImSdk({ transport, onError });
    const pending = failureOf(sdk.createTextMessage({}));
    sdk.close();
    expect(await pending).toMatchObject({ kind: "aborted" });
    expect(await failureOf(sdk.createTextMessage({}))).toMatchObject({ kind: "aborted" });
    core.result("CreateTextMessage", {}, requests[0]!.handle);
    expect(dropped).toEqual([1]);
    expect(onError).not.toHaveBeenCalled();
  });
});

describe("passive events", () => {
  it("goes to the listeners of its name, decoded, until they unsubscribe", async () => {
    const { transport, core, dropped } = scriptedTransport();
    const sdk = createOpenImSdk({ transport });
    const received: string[] = [];
    const unsubscribe = sdk.on("EventOnRecvNewMessage", (data) =>
      received.push(data.message?.clientMsgID ?? ""),
    );
    const other = vi.fn();
    sdk.on("EventOnConnectSuccess", other);
    core.result("EventOnRecvNewMessage", { message: text("1") }, core.freshHandle());
    unsubscribe();
    core.result("EventOnRecvNewMessage", { message: text("2") }, core.freshHandle());
    expect(received).toEqual(["c-1"]);
    expect(other).not.toHaveBeenCalled();
    expect(dropped).toEqual([1, 2]);
  });

  it("keeps dispatching when a listener throws, and reports the error", () => {
    const onError = vi.fn();
    const { transport, core } = scriptedTransport();
    const sdk = createOpenImSdk({ transport, onError });
    const failure = new Error("listener bug");
    sdk.on("EventOnRecvNewMessage", () => {
      throw failure;
    });
    const second = vi.fn();
    sdk.on("EventOnRecvNewMessage", second);
    core.result("EventOnRecvNewMessage", { message: text("1") }, core.freshHandle());
    expect(second).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(failure);
  });

  it("refuses names that are not events", () => {
    const sdk = createOpenImSdk({ transport: scriptedTransport().transport });
    expect(() => sdk.on("SendMessage" as never, () => {})).toThrow(TypeError);
    expect(() => sdk.events(["EventOnRecvNewMessage", "Login" as never])).toThrow(TypeError);
  });

  it("reports a result for a handle nobody waits for", () => {
    const onError = vi.fn();
    const { transport, core, dropped } = scriptedTransport();
    createOpenImSdk({ transport, onError });
    core.result("CreateTextMessage", {}, 99);
    expect(dropped).toEqual([99]);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: "invalid-response" });
  });
});

describe("events as an async iterator", () => {
  it("yields the named events in order and unsubscribes on break", async () => {
    const { transport, core } = scriptedTransport();
    const sdk = createOpenImSdk({ transport });
    const stream = sdk.events(["EventOnRecvNewMessage", "EventOnConnectSuccess"]);
    core.result("EventOnRecvNewMessage", { message: text("1") }, core.freshHandle());
    core.result("EventOnKickedOffline", {}, core.freshHandle());
    core.result("EventOnConnectSuccess", {}, core.freshHandle());
    const names: string[] = [];
    for await (const event of stream) {
      names.push(event.name);
      if (event.name === "EventOnRecvNewMessage") expect(event.data.message?.clientMsgID).toBe("c-1");
      if (names.length === 2) break;
    }
    expect(names).toEqual(["EventOnRecvNewMessage", "EventOnConnectSuccess"]);
    core.result("EventOnRecvNewMessage", { message: text("2") }, core.freshHandle());
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it("waits for events that have not come yet", async () => {
    const { transport, core } = scriptedTransport();
    const stream = createOpenImSdk({ transport }).events("EventOnConnectSuccess");
    const next = stream.next();
    core.result("EventOnConnectSuccess", {}, core.freshHandle());
    expect(await next).toMatchObject({ done: false, value: { name: "EventOnConnectSuccess" } });
  });

  it("fails loudly when the buffer overflows, after what it holds", async () => {
    const { transport, core } = scriptedTransport();
    const stream = createOpenImSdk({ transport }).events("EventOnConnectSuccess", { bufferSize: 2 });
    for (let i = 0; i < 3; i++) core.result("EventOnConnectSuccess", {}, core.freshHandle());
    expect((await stream.next()).done).toBe(false);
    expect((await stream.next()).done).toBe(false);
    expect(await failureOf(stream.next())).toMatchObject({ kind: "too-large", operation: "events" });
    expect((await stream.next()).done).toBe(true);
  });

  it("drops the oldest under overflow: drop-oldest, and counts them", async () => {
    const { transport, core } = scriptedTransport();
    const stream = createOpenImSdk({ transport }).events("EventOnRecvNewMessage", {
      bufferSize: 2,
      overflow: "drop-oldest",
    });
    for (const id of ["1", "2", "3"])
      core.result("EventOnRecvNewMessage", { message: text(id) }, core.freshHandle());
    const first = await stream.next();
    expect(first.done === false && first.value.data.message?.clientMsgID).toBe("c-2");
    expect(stream.dropped).toBe(1);
  });

  it("ends when its signal aborts or the client closes", async () => {
    const { transport } = scriptedTransport();
    const sdk = createOpenImSdk({ transport });
    const controller = new AbortController();
    const aborted = sdk.events(undefined, { signal: controller.signal });
    const closed = sdk.events();
    const waiting = aborted.next();
    controller.abort();
    expect(await waiting).toEqual({ value: undefined, done: true });
    sdk.close();
    expect(await closed.next()).toEqual({ value: undefined, done: true });
  });
});

describe("a result racing its own request()", () => {
  it("buffers results delivered during request() until the handle is known", async () => {
    const seenOrder: string[] = [];
    const { transport } = scriptedTransport((request, core) => {
      // A passive event and the call's whole answer, all before request() returns.
      core.result("EventOnConnectSuccess", {}, core.freshHandle());
      core.result("EventOnSendMsgProgress", { progress: 1 }, request.handle);
      core.result("SendMessage", {}, request.handle);
    });
    const sdk = createOpenImSdk({ transport });
    sdk.on("EventOnConnectSuccess", () => seenOrder.push("event"));
    await sdk.sendMessage({ recvID: "bob" }, { onProgress: () => seenOrder.push("progress") });
    expect(seenOrder).toEqual(["event", "progress"]);
  });

  it("survives a listener that calls the core again", async () => {
    const { transport, core } = scriptedTransport((request, scripted) => {
      if (request.name === "CreateTextMessage")
        scripted.result("CreateTextMessage", { message: text("x") }, request.handle);
    });
    const sdk = createOpenImSdk({ transport });
    const nested = new Promise((resolve) =>
      sdk.on("EventOnConnectSuccess", () => resolve(sdk.createTextMessage({ text: "x" }))),
    );
    core.result("EventOnConnectSuccess", {}, core.freshHandle());
    expect(await nested).toMatchObject({ message: { clientMsgID: "c-x" } });
    await settle();
  });
});

describe("FfiResult handle bookkeeping", () => {
  it("never drops a handle for bytes it could not read", () => {
    const { transport, core, dropped } = scriptedTransport();
    createOpenImSdk({ transport, onError: () => {} });
    core.deliver(
      FfiResult.encode({ errCode: 0, errMsg: "", funcName: 29, data: new Uint8Array([0xff]), handleID: 5 })
        .finish()
        .subarray(0, 3),
    );
    expect(dropped).toEqual([]);
  });
});

describe("the core's own requests (Js*)", () => {
  const ask = (core: ScriptedCore, name: FfiRequestName, payload: unknown, handleID = 9) => {
    const full = ffiRegistry[name].request?.fromPartial(payload as never) ?? payload;
    return decodeFfiResult(
      core.askHost(encodeFfiRequest(name, full as never, { handleID, operationID: "op-js" })),
    );
  };

  it("answers with the handler's typed reply, for the request's handle", () => {
    const { transport, core } = scriptedTransport();
    const sdk = createOpenImSdk({ transport });
    const seen: unknown[] = [];
    sdk.handle("JsFileOpen", (request) => {
      seen.push(request.uuid);
      return { size: 42 };
    });
    sdk.handle("JsFileClose", () => ({}));
    const opened = ask(core, "JsFileOpen", { uuid: "file-1" });
    expect(seen).toEqual(["file-1"]);
    expect(opened).toMatchObject({ ok: true, name: "JsFileOpen", handleID: 9, data: { size: 42 } });
    // An empty reply still travels in a non-empty FfiResult: the core takes empty bytes as failure.
    const closeAnswer = core.askHost(
      encodeFfiRequest("JsFileClose", { uuid: "file-1" } as never, { handleID: 3 }),
    );
    expect(closeAnswer.length).toBeGreaterThan(0);
    expect(decodeFfiResult(closeAnswer)).toMatchObject({ ok: true, name: "JsFileClose", handleID: 3 });
  });

  it("answers SdkFuncNotFound when no handler is registered, and after unregistering", () => {
    const { transport, core } = scriptedTransport();
    const sdk = createOpenImSdk({ transport });
    expect(ask(core, "JsSqliteOpen", { name: "db" })).toMatchObject({ ok: false, errCode: 10007 });
    const unregister = sdk.handle("JsSqliteOpen", () => ({ id: 1 }));
    expect(ask(core, "JsSqliteOpen", { name: "db" })).toMatchObject({ ok: true, data: { id: 1 } });
    unregister();
    expect(ask(core, "JsSqliteOpen", { name: "db" })).toMatchObject({ ok: false, errCode: 10007 });
  });

  it("answers SdkInternal when the handler throws, returns a promise or a wrong shape, and reports it", () => {
    const onError = vi.fn();
    const { transport, core } = scriptedTransport();
    const sdk = createOpenImSdk({ transport, onError });
    sdk.handle("JsFileRead", () => {
      throw new Error("disk on fire: /secret/path");
    });
    sdk.handle("JsSqliteQuery", (() => Promise.resolve({ result: "[]" })) as never);
    sdk.handle("JsSqliteExec", (() => ({ affected: "many" })) as never);
    const threw = ask(core, "JsFileRead", { uuid: "f", offset: 0, length: 10 });
    expect(threw).toMatchObject({ ok: false, errCode: 10006 });
    expect(threw.errMsg).not.toContain("secret");
    expect(ask(core, "JsSqliteQuery", { id: 1, sql: "select 1" })).toMatchObject({
      ok: false,
      errCode: 10006,
    });
    expect(ask(core, "JsSqliteExec", { id: 1, sql: "delete" })).toMatchObject({ ok: false, errCode: 10006 });
    expect(onError).toHaveBeenCalledTimes(3);
    expect(onError.mock.calls.map(([error]) => (error as OpenImSdkError).operation)).toEqual([
      "JsFileRead",
      "JsSqliteQuery",
      "JsSqliteExec",
    ]);
    expect((onError.mock.calls[0]![0] as Error).cause).toBeInstanceOf(Error);
  });

  it("answers SdkArgs for requests that are not the host's, or not an FfiRequest", () => {
    const { transport, core } = scriptedTransport();
    createOpenImSdk({ transport, onError: () => {} });
    expect(ask(core, "SendMessage", {})).toMatchObject({ ok: false, errCode: 10002 });
    expect(FfiResult.decode(core.askHost(new Uint8Array([0xff])))).toMatchObject({ errCode: 10002 });
  });

  it("refuses to register what is not a Js* request, or a second handler", () => {
    const sdk = createOpenImSdk({ transport: scriptedTransport().transport });
    expect(() => sdk.handle("SendMessage" as never, (() => ({})) as never)).toThrow(TypeError);
    sdk.handle("JsFileOpen", () => ({ size: 1 }));
    expect(() => sdk.handle("JsFileOpen", () => ({ size: 2 }))).toThrow(/already has a handler/);
  });
});
