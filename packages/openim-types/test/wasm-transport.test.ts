import { afterEach, describe, expect, it } from "vitest";
import { encodeFfiRequest } from "../src/ffi-envelope/ffi-request.js";
import { encodeFfiResult } from "../src/ffi-envelope/ffi-result.js";
import { FfiRequest, FfiResult } from "../src/gen/ffi.js";
import { message } from "../src/index.js";
import { createOpenImSdk } from "../src/sdk/index.js";
import { createWasmTransport } from "../src/sdk/wasm-transport.js";

type OnResult = (result: Uint8Array) => void;
type OnCoreRequest = (request: Uint8Array) => Uint8Array;

/** What the WebAssembly build defines: ffiInit and ffiRequest, answering each request with a result. */
function fakeBuild(answer: (request: FfiRequest, handle: number, onResult: OnResult) => void) {
  const state: { onResult?: OnResult; onCoreRequest?: OnCoreRequest; next: number } = { next: 1 };
  return {
    state,
    ffiInit(onResult: OnResult, onCoreRequest: OnCoreRequest) {
      state.onResult = onResult;
      state.onCoreRequest = onCoreRequest;
    },
    ffiRequest(bytes: Uint8Array) {
      const handle = state.next++;
      answer(FfiRequest.decode(bytes), handle, state.onResult as OnResult);
      return handle;
    },
  };
}

const globals = globalThis as { ffiInit?: unknown; ffiRequest?: unknown };

afterEach(() => {
  delete globals.ffiInit;
  delete globals.ffiRequest;
});

describe("createWasmTransport", () => {
  it("uses the build's globals, looked up when the client starts", async () => {
    const transport = createWasmTransport();
    const build = fakeBuild((_request, handle, onResult) =>
      onResult(encodeFfiResult("CreateTextMessage", { message: undefined }, { handleID: handle })),
    );
    globals.ffiInit = build.ffiInit;
    globals.ffiRequest = build.ffiRequest;
    const sdk = createOpenImSdk({ transport });
    await expect(sdk.createTextMessage({ text: "hi" })).resolves.toMatchObject({ message: undefined });
  });

  it("takes the functions given, and results as ArrayBuffers", async () => {
    const build = fakeBuild((_request, handle, onResult) => {
      const bytes = encodeFfiResult("DeleteMessage", {}, { handleID: handle });
      setTimeout(() => (onResult as (result: unknown) => void)(bytes.slice().buffer), 1);
    });
    const sdk = createOpenImSdk({ transport: createWasmTransport(build) });
    await expect(sdk.deleteMessage({ conversationID: "c", clientMsgID: "m" })).resolves.toEqual({
      _unknownFields: {},
    });
  });

  it("passes the core's own requests to the client, which answers with an FfiResult", () => {
    const build = fakeBuild(() => {});
    createOpenImSdk({ transport: createWasmTransport(build) });
    const answer = build.state.onCoreRequest?.(
      encodeFfiRequest("SendMessage", message.SendMessageReq.fromPartial({ recvID: "x" }), { handleID: 3 }),
    );
    const result = FfiResult.decode(answer as Uint8Array);
    // Only Js* requests are the host's to answer.
    expect(result).toMatchObject({ errCode: 10002, funcName: 6, handleID: 3 });
    expect(answer?.length).toBeGreaterThan(0);
  });

  it("says so when the build has not defined its globals", () => {
    expect(() => createOpenImSdk({ transport: createWasmTransport() })).toThrow(/ffiInit and ffiRequest/);
  });
});
