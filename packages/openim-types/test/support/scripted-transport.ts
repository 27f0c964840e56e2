import { encodeFfiResult } from "../../src/ffi-envelope/ffi-result.js";
import { FfiRequest, FfiResult } from "../../src/gen/ffi.js";
import { type FfiName, ffiRegistry } from "../../src/gen/ffi-registry.js";
import type { FfiHandle, OpenImSdkTransport } from "../../src/sdk/index.js";
import { adoptShape } from "../../src/sdk/request-shape.js";

export interface SeenRequest {
  readonly handle: number;
  readonly name: FfiName | undefined;
  readonly envelope: FfiRequest;
}

/**
 * A transport whose core is the test itself: it records each request, lets a script answer it
 * (before `request` returns, if the script delivers at once), and records every drop.
 */
export function scriptedTransport(script?: (request: SeenRequest, core: ScriptedCore) => void) {
  let onResult: ((bytes: Uint8Array) => void) | undefined;
  let onCoreRequest: ((bytes: Uint8Array) => Uint8Array) | undefined;
  let nextHandle = 1;
  const requests: SeenRequest[] = [];
  const dropped: FfiHandle[] = [];
  const names = new Map<number, FfiName>(
    (Object.keys(ffiRegistry) as FfiName[]).map((name) => [ffiRegistry[name].funcName, name]),
  );

  const core: ScriptedCore = {
    deliver(bytes) {
      if (!onResult) throw new Error("init was not called");
      onResult(bytes);
    },
    result(name, payload, handle) {
      // Payloads are written partially here; the codec fills in the defaults.
      const codec = ffiRegistry[name].result;
      const full = codec === undefined ? payload : codec.fromPartial(payload as never);
      if (codec !== undefined) adoptShape(payload, full);
      core.deliver(encodeFfiResult(name, full as never, { handleID: handle }));
    },
    failure(name, handle, errCode, errMsg = "failed") {
      core.deliver(encodeFfiResult(name, undefined, { handleID: handle, errCode, errMsg }));
    },
    raw(name, data, handle) {
      const funcName = ffiRegistry[name].funcName;
      core.deliver(FfiResult.encode({ errCode: 0, errMsg: "", funcName, data, handleID: handle }).finish());
    },
    freshHandle: () => nextHandle++,
    askHost(bytes) {
      if (!onCoreRequest) throw new Error("no onCoreRequest was registered");
      return onCoreRequest(bytes);
    },
  };

  const transport: OpenImSdkTransport = {
    init(result, coreRequest) {
      onResult = result;
      onCoreRequest = coreRequest;
    },
    request(bytes) {
      const handle = nextHandle++;
      const envelope = FfiRequest.decode(bytes);
      const seen = { handle, name: names.get(envelope.funcName), envelope };
      requests.push(seen);
      script?.(seen, core);
      return handle;
    },
    drop(handle) {
      dropped.push(handle);
    },
  };
  return { transport, core, requests, dropped };
}

export interface ScriptedCore {
  deliver(bytes: Uint8Array): void;
  /** A successful result (or event) for `name` with this handle, the payload encoded by its codec. */
  result(name: FfiName, payload: unknown, handle: number): void;
  failure(name: FfiName, handle: number, errCode: number, errMsg?: string): void;
  /** A successful result labelled `name` whose data is these bytes, whatever the label implies. */
  raw(name: FfiName, data: Uint8Array, handle: number): void;
  freshHandle(): number;
  askHost(bytes: Uint8Array): Uint8Array;
}
