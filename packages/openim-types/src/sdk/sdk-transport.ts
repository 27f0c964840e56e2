/** A handle the core assigns to a call (or to a passive event): uint64, so a number or a bigint. */
export type FfiHandle = number | bigint;

/** Receives every encoded `FfiResult` the core delivers: call results, progress and passive events. */
export type FfiResultSink = (result: Uint8Array) => void;

/**
 * Answers one encoded `FfiRequest` of the core's own (a `Js*` call) with an encoded `FfiResult`,
 * synchronously: the core waits for it. Never returns an empty array.
 */
export type FfiCoreRequestHandler = (request: Uint8Array) => Uint8Array;

/**
 * The SDK core's FFI, as the native library (`ffi_init`, `ffi_request`, `ffi_drop_handle`) and
 * the WebAssembly build (`ffiInit`, `ffiRequest`) export it. The client calls `init` once, before
 * any request.
 */
export interface OpenImSdkTransport {
  /** Registers the callbacks: every `FfiResult` goes to `onResult`; the core's `Js*` requests to `onCoreRequest`. */
  init(onResult: FfiResultSink, onCoreRequest?: FfiCoreRequestHandler): void;
  /**
   * Hands an encoded `FfiRequest` to the core and returns at once with the handle the core
   * assigned. The result may be delivered to `onResult` before this returns.
   */
  request(request: Uint8Array): FfiHandle;
  /** Frees the core's copy of a delivered result; called once per handle whose result was delivered. */
  drop?(handle: FfiHandle): void;
}

/**
 * The key a handle is filed under: its decimal digits, so `7` and `7n` (what a native binding
 * returns for a uint64) are the same call. Undefined for anything that is not a uint64.
 */
export function handleKey(handle: unknown): string | undefined {
  if (typeof handle === "bigint") return handle >= 0n && handle < 2n ** 64n ? handle.toString() : undefined;
  if (typeof handle === "number" && Number.isSafeInteger(handle) && handle >= 0) return String(handle);
  return undefined;
}
