import type { FfiCoreRequestHandler, FfiHandle, FfiResultSink, OpenImSdkTransport } from "./sdk-transport.js";

/** The globals the SDK core's WebAssembly build defines once it runs. */
export interface WasmFfiGlobals {
  ffiInit(onResult: (result: Uint8Array) => void, onCoreRequest: (request: Uint8Array) => Uint8Array): void;
  ffiRequest(request: Uint8Array): FfiHandle;
  /** Not exported by the build at the time of writing; used when a build has it. */
  ffiDropHandle?(handle: FfiHandle): void;
}

/** Options of the WebAssembly transport. */
export interface WasmTransportOptions extends Partial<WasmFfiGlobals> {
  /** Where to find the build's globals when functions are not given. Default `globalThis`. */
  readonly scope?: object;
}

/**
 * A transport over the WebAssembly build's `ffiInit(onResult, onCoreRequest)` and
 * `ffiRequest(bytes) → handle`: the functions given, or the globals (looked up when `init` runs,
 * so the build may finish loading after this is created).
 */
export function createWasmTransport(options: WasmTransportOptions = {}): OpenImSdkTransport {
  const scope = (options.scope ?? globalThis) as Partial<WasmFfiGlobals>;
  const resolve = <K extends keyof WasmFfiGlobals>(name: K): WasmFfiGlobals[K] | undefined => {
    const fn = options[name] ?? scope[name];
    return typeof fn === "function" ? (fn.bind(scope) as WasmFfiGlobals[K]) : undefined;
  };
  let ffiRequest: WasmFfiGlobals["ffiRequest"] | undefined;
  let ffiDropHandle: WasmFfiGlobals["ffiDropHandle"] | undefined;
  return {
    init(onResult: FfiResultSink, onCoreRequest?: FfiCoreRequestHandler) {
      const ffiInit = resolve("ffiInit");
      ffiRequest = resolve("ffiRequest");
      ffiDropHandle = resolve("ffiDropHandle");
      if (!ffiInit || !ffiRequest) {
        throw new TypeError(
          "ffiInit and ffiRequest are not defined: start the SDK core's WebAssembly build first",
        );
      }
      ffiInit(
        (result) => onResult(asBytes(result)),
        (request) => {
          if (!onCoreRequest) throw new Error("this host answers no requests of the core");
          return onCoreRequest(asBytes(request));
        },
      );
    },
    request(request) {
      if (!ffiRequest) throw new TypeError("the transport is not initialised");
      return ffiRequest(request);
    },
    drop(handle) {
      ffiDropHandle?.(handle);
    },
  };
}

/** The build hands over Uint8Arrays; an ArrayBuffer or another view is wrapped, not copied. */
function asBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return value as Uint8Array;
}
