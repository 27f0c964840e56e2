// Drives createOpenImSdk through the native transport: a C library with the core's ABI
// (test/fixtures/scripted-ffi-core.c), built here with the machine's C compiler and loaded by koffi.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import koffi from "koffi";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  EventOnRecvNewMessageData,
  EventOnSendMsgProgressData,
  EventOnUploadLogsProgressData,
} from "../src/gen/event.js";
import { FfiRequest } from "../src/gen/ffi.js";
import { ffiRegistry } from "../src/gen/ffi-registry.js";
import { CreateTextMessageResp, SendMessageResp } from "../src/gen/message.js";
import { createOpenImSdk, isOpenImSdkError, type OpenImSdk } from "../src/sdk/index.js";
import { loadNativeTransport, type NativeTransport } from "../src/sdk/native-transport.js";

const source = fileURLToPath(new URL("./fixtures/scripted-ffi-core.c", import.meta.url));
const libraryPath = join(mkdtempSync(join(tmpdir(), "openim-native-")), "libscripted-ffi-core.so");

function compilerAvailable(): boolean {
  try {
    execFileSync("gcc", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const haveCompiler = compilerAvailable();
if (!haveCompiler && process.env.CI)
  throw new Error("the native transport tests need gcc, and CI must run them");

const Mode = { sync: 0, thread: 1, never: 2 } as const;
const none = new Uint8Array(0);

/** The scripting controls the fixture library exports beside the core's three symbols. */
function bindScript() {
  const library = koffi.load(libraryPath);
  return {
    fn: library.func("script_function", "void", [
      "int",
      "int",
      "int",
      "void *",
      "int",
      "int",
      "void *",
      "int",
      "int",
      "int",
    ]),
    pushEvent: library.func("script_push_event", "void", ["int", "void *", "int", "int"]),
    deliverRaw: library.func("script_deliver_raw", "void", ["void *", "int"]),
    outstanding: library.func("script_outstanding", "int", []),
    drops: library.func("script_drops", "int", []),
    badDrops: library.func("script_bad_drops", "int", []),
    requests: library.func("script_requests", "int", []),
    lastRequest: library.func("script_last_request", "int", ["void *", "int"]),
    reset: library.func("script_reset", "void", []),
  };
}

describe.skipIf(!haveCompiler)("native transport over a C library with the core's ABI", () => {
  let script: ReturnType<typeof bindScript>;
  let transport: NativeTransport;
  let sdk: OpenImSdk;
  const onError = vi.fn();

  const answer = (
    name: keyof typeof ffiRegistry,
    options: {
      mode: keyof typeof Mode;
      payload?: Uint8Array;
      errCode?: number;
      progress?: { label: keyof typeof ffiRegistry; payload: Uint8Array; count: number };
      delayMs?: number;
    },
  ) => {
    const payload = options.payload ?? none;
    const progress = options.progress;
    const progressPayload = progress?.payload ?? none;
    script.fn(
      ffiRegistry[name].funcName,
      Mode[options.mode],
      options.errCode ?? 0,
      payload,
      payload.length,
      progress ? ffiRegistry[progress.label].funcName : 0,
      progressPayload,
      progressPayload.length,
      progress?.count ?? 0,
      options.delayMs ?? 0,
    );
  };

  /** Waits until the library holds no undropped handle (results from threads arrive later). */
  const allDropped = () => vi.waitFor(() => expect(script.outstanding()).toBe(0), { timeout: 2000 });

  beforeAll(async () => {
    execFileSync("gcc", [
      "-shared",
      "-fPIC",
      "-O2",
      "-Wall",
      "-Werror",
      "-pthread",
      "-o",
      libraryPath,
      source,
    ]);
    script = bindScript();
    transport = await loadNativeTransport({ libraryPath });
    sdk = createOpenImSdk({ transport, onError, timeoutMs: 5000 });
  });

  afterAll(() => {
    sdk?.close();
  });

  beforeEach(() => {
    script.reset();
    onError.mockReset();
  });

  it("takes a result the core delivers before ffi_request returns", async () => {
    const message = CreateTextMessageResp.encode(
      CreateTextMessageResp.fromPartial({ message: { clientMsgID: "from-c", sendID: "alice" } }),
    ).finish();
    answer("CreateTextMessage", { mode: "sync", payload: message });
    const created = await sdk.createTextMessage({ text: "hi" }, { operationID: "op-native" });
    expect(created.message).toMatchObject({ clientMsgID: "from-c", sendID: "alice" });
    await allDropped();
    expect(script.drops()).toBe(1);
    expect(script.badDrops()).toBe(0);

    const bytes = new Uint8Array(4096);
    const sent = FfiRequest.decode(bytes.subarray(0, script.lastRequest(bytes, bytes.length)));
    expect(sent).toMatchObject({ operationID: "op-native", funcName: 2028, handleID: 0 });
  });

  it("takes results delivered from the core's own threads, in any order", async () => {
    const slow = SendMessageResp.encode(
      SendMessageResp.fromPartial({ message: { clientMsgID: "slow" } }),
    ).finish();
    const fast = CreateTextMessageResp.encode(
      CreateTextMessageResp.fromPartial({ message: { clientMsgID: "fast" } }),
    ).finish();
    answer("SendMessage", { mode: "thread", payload: slow, delayMs: 40 });
    answer("CreateTextMessage", { mode: "thread", payload: fast, delayMs: 5 });
    const [sent, created] = await Promise.all([
      sdk.sendMessage({ recvID: "bob" }),
      sdk.createTextMessage({ text: "x" }),
    ]);
    expect(sent.message?.clientMsgID).toBe("slow");
    expect(created.message?.clientMsgID).toBe("fast");
    await allDropped();
    expect(script.drops()).toBe(2);
    expect(script.badDrops()).toBe(0);
  });

  it("rejects an error result with its ErrorCode name", async () => {
    answer("SendMessage", { mode: "thread", errCode: 10009 });
    const error = await sdk
      .sendMessage({ recvID: "bob" }, { operationID: "op-err" })
      .catch((e: unknown) => e);
    expect(isOpenImSdkError(error)).toBe(true);
    expect(error).toMatchObject({
      kind: "api",
      code: 10009,
      codeName: "SdkNotLogin",
      funcName: 6,
      operationID: "op-err",
      message: "SendMessage failed: SdkNotLogin (10009): scripted failure",
    });
    await allDropped();
  });

  it("hands progress from another thread to the call, decoded by the call", async () => {
    const progress = EventOnSendMsgProgressData.encode({ progress: 42 }).finish();
    answer("SendMessage", {
      mode: "thread",
      progress: { label: "EventOnSendMsgProgress", payload: progress, count: 3 },
    });
    const seen: number[] = [];
    await sdk.sendMessage({ recvID: "bob" }, { onProgress: (p) => seen.push(p.progress) });
    expect(seen).toEqual([42, 42, 42]);
    await allDropped();
    // Progress shares the call's handle: one drop for the whole call.
    expect(script.drops()).toBe(1);
    expect(script.badDrops()).toBe(0);
  });

  it("decodes UploadLogs progress labelled EventOnUploadFileProgress as upload-logs progress", async () => {
    const progress = EventOnUploadLogsProgressData.encode({ progress: 2 ** 33, total: 2 ** 34 }).finish();
    answer("UploadLogs", {
      mode: "sync",
      progress: { label: "EventOnUploadFileProgress", payload: progress, count: 1 },
    });
    const seen: unknown[] = [];
    await sdk.uploadLogs({ line: 1 }, { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([{ progress: 2 ** 33, total: 2 ** 34, _unknownFields: {} }]);
  });

  it("delivers passive events with fresh handles, from the caller's thread or another", async () => {
    const received: string[] = [];
    const unsubscribe = sdk.on("EventOnRecvNewMessage", (data) =>
      received.push(data.message?.clientMsgID ?? ""),
    );
    const payload = (id: string) =>
      EventOnRecvNewMessageData.encode(
        EventOnRecvNewMessageData.fromPartial({ message: { clientMsgID: id } }),
      ).finish();
    const event = ffiRegistry.EventOnRecvNewMessage.funcName;
    const first = payload("m-1");
    script.pushEvent(event, first, first.length, 0);
    const second = payload("m-2");
    script.pushEvent(event, second, second.length, 1);
    await vi.waitFor(() => expect(received).toEqual(["m-1", "m-2"]));
    unsubscribe();
    await allDropped();
    expect(script.drops()).toBe(2);
  });

  it("rejects an aborted call, then frees its late result without a word", async () => {
    answer("SendMessage", { mode: "thread", delayMs: 50 });
    const controller = new AbortController();
    const pending = sdk.sendMessage({ recvID: "bob" }, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: "aborted" });
    await vi.waitFor(() => expect(script.drops()).toBe(1), { timeout: 2000 });
    expect(script.outstanding()).toBe(0);
    expect(onError).not.toHaveBeenCalled();
  });

  it("times out a call the core never answers", async () => {
    answer("DeleteMessage", { mode: "never" });
    await expect(
      sdk.deleteMessage({ conversationID: "c", clientMsgID: "m" }, { timeoutMs: 30 }),
    ).rejects.toMatchObject({
      kind: "timeout",
      operation: "DeleteMessage",
    });
    expect(script.requests()).toBe(1);
  });

  it("reports bytes that are not an FfiResult and keeps working", async () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff]);
    script.deliverRaw(garbage, garbage.length);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: "invalid-response", operation: "FfiResult" });
    answer("CreateTextMessage", { mode: "sync" });
    await expect(sdk.createTextMessage({})).resolves.toBeDefined();
  });

  it("says what is missing when the library cannot be loaded", async () => {
    await expect(loadNativeTransport({ libraryPath: join(tmpdir(), "no-such-core.so") })).rejects.toThrow();
    await expect(loadNativeTransport({ libraryPath: "" })).rejects.toThrow(TypeError);
  });
});
