import type { FfiHandle, FfiResultSink, OpenImSdkTransport } from "./sdk-transport.js";

/** Options of the native library transport. */
export interface NativeTransportOptions {
  /** Path of the SDK core's shared library (`libopenimsdk.so`, `.dylib`, `.dll`). */
  readonly libraryPath: string;
}

/** The native transport: the core's transport plus `close`, which frees the callback slot. */
export interface NativeTransport extends OpenImSdkTransport {
  /**
   * Unregisters the result callback. Call it only once the core can no longer deliver a result
   * (it has no call to unregister its callback, so a later delivery would reach freed code).
   */
  close(): void;
}

/**
 * Loads the SDK core's shared library through koffi (an optional peer dependency: install it
 * next to this package) and binds its C ABI:
 *
 * - `uint64 ffi_init(void (*cb)(void* data, int len))` — one callback for every `FfiResult`;
 * - `uint64 ffi_request(void* data, int len)` — returns the handle the core assigned;
 * - `void ffi_drop_handle(uint64 handle)` — frees the core's copy of a delivered result.
 *
 * The callback copies each result out of the core's memory before the client frees its handle.
 * When the core calls it from one of its own threads, koffi queues the call to the JavaScript
 * thread, which runs it at its next turn of the event loop. The native ABI has no way for the
 * core to ask its host anything, so `Js*` handlers are never called over it.
 */
export async function loadNativeTransport(options: NativeTransportOptions): Promise<NativeTransport> {
  if (typeof options?.libraryPath !== "string" || options.libraryPath === "") {
    throw new TypeError("loadNativeTransport: libraryPath must name the SDK core's shared library");
  }
  let koffi: typeof import("koffi").default;
  try {
    koffi = (await import("koffi")).default;
  } catch (cause) {
    throw new Error(
      "loadNativeTransport needs the optional peer dependency koffi: install it with `npm install koffi`",
      {
        cause,
      },
    );
  }
  const library = koffi.load(options.libraryPath);
  const resultCallback = koffi.proto("void", ["void *", "int"]);
  const ffiInit = library.func("ffi_init", "uint64_t", [koffi.pointer(resultCallback)]);
  const ffiRequest = library.func("ffi_request", "uint64_t", ["void *", "int"]);
  const ffiDropHandle = library.func("ffi_drop_handle", "void", ["uint64_t"]);
  let registered: bigint | undefined;

  return {
    init(onResult: FfiResultSink) {
      if (registered !== undefined) throw new Error("the native transport is already initialised");
      registered = koffi.register((data: unknown, length: number) => {
        // A copy: the core frees its buffer when the client drops the handle.
        const bytes = length > 0 ? copyOut(koffi.decode(data, "uint8_t", length)) : new Uint8Array(0);
        onResult(bytes);
      }, koffi.pointer(resultCallback));
      ffiInit(registered);
    },
    request(request: Uint8Array): FfiHandle {
      return ffiRequest(request, request.length) as FfiHandle;
    },
    drop(handle: FfiHandle) {
      ffiDropHandle(handle);
    },
    close() {
      if (registered === undefined) return;
      koffi.unregister(registered);
      registered = undefined;
    },
  };
}

/** koffi decodes a `uint8_t` array into a fresh Uint8Array; anything else array-like is copied into one. */
function copyOut(decoded: unknown): Uint8Array {
  return decoded instanceof Uint8Array ? decoded : Uint8Array.from(decoded as ArrayLike<number>);
}
