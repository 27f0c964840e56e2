import type { FfiName, ffiRegistry } from "../gen/ffi-registry.js";
import type { CallProgressEvents } from "./call-progress.js";

type Registry = typeof ffiRegistry;

/** What decoding yields for a registry codec; raw bytes where the row has none. */
type Decoded<Codec> = Codec extends { decode(...args: never[]): infer T } ? T : Uint8Array;
/** What building a message accepts (`fromPartial`: every field optional); raw bytes where the row has none. */
type Partial<Codec> = Codec extends { fromPartial(object: infer P): unknown } ? P : Uint8Array;

type IsRegisteredFunction<Row> = Row extends { readonly kind: "function" }
  ? Row extends { readonly registered: false }
    ? false
    : true
  : false;

/** A function the core registers: the client has one method for each. */
export type OpenImFunctionName = {
  [K in FfiName]: IsRegisteredFunction<Registry[K]> extends true ? K : never;
}[FfiName];

/** An event the core pushes (`EventOn*`), passively or as a call's progress. */
export type OpenImEventName = {
  [K in FfiName]: Registry[K] extends { readonly kind: "event" } ? K : never;
}[FfiName];

/** A request the core makes of its host (`Js*`): files and SQLite in the WebAssembly build. */
export type OpenImInteropName = {
  [K in FfiName]: Registry[K] extends { readonly kind: "interop" } ? K : never;
}[FfiName];

/** The request a method takes: its `XReq` with every field optional, or bytes where it has none. */
export type OpenImRequest<K extends OpenImFunctionName> = Partial<Registry[K]["request"]>;

/** What a method resolves: the decoded `XResp`, or bytes where it has none. */
export type OpenImResponse<K extends OpenImFunctionName> = Decoded<Registry[K]["result"]>;

/** The decoded `EventOnXData` of an event. */
export type OpenImEventData<K extends OpenImEventName> = Decoded<Registry[K]["result"]>;

/** An event as the async iterator yields it: a union discriminated by `name`. */
export type OpenImEvent<K extends OpenImEventName = OpenImEventName> = {
  [N in K]: { readonly name: N; readonly data: OpenImEventData<N> };
}[K];

/** What a `Js*` handler is given: the decoded `jsXReq`. */
export type OpenImCoreRequest<K extends OpenImInteropName> = Decoded<Registry[K]["request"]>;

/** What a `Js*` handler returns: the `jsXResp` shape, every field optional. */
export type OpenImCoreAnswer<K extends OpenImInteropName> = Partial<Registry[K]["result"]>;

/** A call's progress as `onProgress` receives it, decoded by the call (see `callProgressEvents`). */
export type OpenImProgress<K extends OpenImFunctionName> = K extends keyof CallProgressEvents
  ? CallProgressEvents[K] extends OpenImEventName
    ? OpenImEventData<CallProgressEvents[K]>
    : unknown
  : unknown;

/** Options of one SDK call. */
export interface OpenImCallOptions<Progress = unknown> {
  /** Rejects the call with an `aborted` error; its late result is dropped when it comes. */
  readonly signal?: AbortSignal;
  /** Hard limit for this call, from request to result; overrides the client's `timeoutMs`. */
  readonly timeoutMs?: number;
  /** Traces the call through the core's logs; a random UUID when omitted. */
  readonly operationID?: string;
  /** Receives the call's progress events (same handle, before the result). */
  readonly onProgress?: (progress: Progress) => void;
}

type MethodArguments<K extends OpenImFunctionName> =
  OpenImRequest<K> extends Uint8Array
    ? [request: Uint8Array, options?: OpenImCallOptions<OpenImProgress<K>>]
    : [request?: OpenImRequest<K>, options?: OpenImCallOptions<OpenImProgress<K>>];

/** A method's name: the member name in lowerCamelCase (`InitSDK` → `initSDK`). */
export type OpenImMethodName<K extends OpenImFunctionName = OpenImFunctionName> = Uncapitalize<K>;

/** One method per registered function, derived from the generated registry. */
export type OpenImSdkMethods = {
  [K in OpenImFunctionName as Uncapitalize<K>]: (...args: MethodArguments<K>) => Promise<OpenImResponse<K>>;
};
