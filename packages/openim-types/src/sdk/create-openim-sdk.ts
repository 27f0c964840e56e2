import { type DecodeLimits, WireReader } from "@chatwire/protobuf-runtime";
import { FfiRequest } from "../gen/ffi.js";
import { callProgressEvents } from "./call-progress.js";
import { CallTable } from "./call-table.js";
import { CoreRequestAnswerer } from "./core-request-answerer.js";
import { encodeSdkRequest, RequestRefused, requestSecrets } from "./encode-sdk-request.js";
import { EventHub } from "./event-hub.js";
import type { EventStream, EventStreamOptions } from "./event-stream.js";
import { OpenImSdkError } from "./openim-sdk-error.js";
import { ResultDispatcher } from "./result-dispatcher.js";
import { methodNameOf, type SurfaceRow, sdkEventNames, sdkFunctionNames, surfaceRow } from "./sdk-surface.js";
import type {
  OpenImCallOptions,
  OpenImCoreAnswer,
  OpenImCoreRequest,
  OpenImEvent,
  OpenImEventData,
  OpenImEventName,
  OpenImInteropName,
  OpenImSdkMethods,
} from "./sdk-surface-types.js";
import { type FfiHandle, handleKey, type OpenImSdkTransport } from "./sdk-transport.js";

/** Options of `createOpenImSdk`. */
export interface OpenImSdkOptions {
  /** The core's FFI: the native library (`./sdk/native`), the WebAssembly build (`./sdk/wasm`), or a fake. */
  readonly transport: OpenImSdkTransport;
  /** Hard limit of each call, from request to result. Default 60 000; `Infinity` for none. */
  readonly timeoutMs?: number;
  /** Largest result or event accepted, in bytes; a larger one fails its call as `too-large`. Default 16 MiB. */
  readonly maxResponseBytes?: number;
  /**
   * The decode budget of each result and event: `maxDepth` (nesting, default 100) and
   * `maxMessages` (messages in one payload, default 100 000). Past it the call fails as `too-large`.
   */
  readonly decodeLimits?: DecodeLimits;
  /**
   * Receives what belongs to no call: undecodable deliveries, results for handles nobody waits
   * for, listener and `Js*` handler failures. Ignored when omitted; the dispatcher always goes on.
   */
  readonly onError?: (error: unknown) => void;
}

/** The SDK methods that are not core functions: events, answers to the core's requests, shutdown. */
export interface OpenImSdkControl {
  /** Subscribes to an event the core pushes; returns the unsubscribe function. */
  on<K extends OpenImEventName>(name: K, listener: (data: OpenImEventData<K>) => void): () => void;
  /** The same events as an async iterator with a bounded buffer; `break` unsubscribes. */
  events<K extends OpenImEventName = OpenImEventName>(
    names?: K | readonly K[],
    options?: EventStreamOptions,
  ): EventStream<OpenImEvent<K>>;
  /** Answers the core's `Js*` requests of this name (synchronously); returns the unregister function. */
  handle<K extends OpenImInteropName>(
    name: K,
    handler: (request: OpenImCoreRequest<K>) => OpenImCoreAnswer<K>,
  ): () => void;
  /** Rejects every call in flight (`aborted`), ends every iterator; later calls reject. */
  close(): void;
}

/** A typed client of the OpenIM SDK core: one method per registered function, events, `Js*` handlers. */
export type OpenImSdk = OpenImSdkMethods & OpenImSdkControl;

const defaultTimeoutMs = 60_000;
const defaultMaxResponseBytes = 16 * 1024 * 1024;
/** setTimeout's largest delay; anything longer waits forever. */
const maxTimerMs = 2 ** 31 - 1;

type CallOptions = OpenImCallOptions<unknown>;

/**
 * Creates a client over the core's FFI. Calls are matched to results by the handle that
 * `transport.request` returns; results that arrive while `request` is still running are held
 * until it returns. Every delivered result's handle is freed with `transport.drop` once.
 */
export function createOpenImSdk(options: OpenImSdkOptions): OpenImSdk {
  const { transport } = options;
  if (typeof transport?.init !== "function" || typeof transport.request !== "function") {
    throw new TypeError("createOpenImSdk: transport must have init() and request()");
  }
  const defaultTimeout = validTimeout(options.timeoutMs ?? defaultTimeoutMs, "timeoutMs");
  const maxResponseBytes = options.maxResponseBytes ?? defaultMaxResponseBytes;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1) {
    throw new TypeError("createOpenImSdk: maxResponseBytes must be a positive integer");
  }
  // Refuses a mistyped budget now, rather than failing every decode later.
  new WireReader(new Uint8Array(0), options.decodeLimits);
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing error handler must not stop the dispatcher either.
    }
  };

  const calls = new CallTable();
  const hub = new EventHub(report);
  const answerer = new CoreRequestAnswerer(report);
  let closed = false;
  const dispatcher = new ResultDispatcher({
    transport,
    calls,
    hub,
    maxResponseBytes,
    decodeLimits: options.decodeLimits,
    report,
    isClosed: () => closed,
  });
  transport.init(dispatcher.onResult, (bytes) => answerer.answer(bytes));

  function call(row: SurfaceRow, input: unknown, callOptions: CallOptions = {}): Promise<unknown> {
    const operationID = callOptions.operationID ?? globalThis.crypto.randomUUID();
    const secrets = requestSecrets(input);
    const fail = (message: string, kind: OpenImSdkError["kind"], cause?: unknown) =>
      new OpenImSdkError(message, {
        kind,
        operation: row.name,
        funcName: row.funcName,
        operationID,
        secrets,
        cause,
      });
    const refuse = (message: string, kind: OpenImSdkError["kind"], cause?: unknown) =>
      Promise.reject(fail(message, kind, cause));
    if (closed) return refuse(`${row.name}: the client is closed`, "aborted");
    let timeoutMs: number;
    try {
      timeoutMs =
        callOptions.timeoutMs === undefined
          ? defaultTimeout
          : validTimeout(callOptions.timeoutMs, "timeoutMs");
      if (typeof operationID !== "string") throw new TypeError("operationID must be a string");
      if (callOptions.onProgress !== undefined && typeof callOptions.onProgress !== "function") {
        throw new TypeError("onProgress must be a function");
      }
    } catch (cause) {
      return refuse(`${row.name}: ${(cause as Error).message}`, "invalid-request", cause);
    }
    const { signal } = callOptions;
    if (signal?.aborted)
      return refuse(`${row.name} was aborted before it was sent`, "aborted", signal.reason);
    let bytes: Uint8Array;
    try {
      const data = encodeSdkRequest(row, input);
      bytes = FfiRequest.encode({ operationID, handleID: 0, funcName: row.funcName, data }).finish();
    } catch (cause) {
      const message =
        cause instanceof RequestRefused ? cause.message : `the ${row.name} request cannot be encoded`;
      return refuse(`${message}; nothing was sent`, "invalid-request", cause);
    }

    const progressEvent = (callProgressEvents as Record<string, string>)[row.name];
    const progressCodec = progressEvent === undefined ? undefined : surfaceRow(progressEvent)?.result;

    return new Promise((resolve, reject) => {
      const register = (handle: FfiHandle) => {
        const key = handleKey(handle);
        if (key === undefined || calls.get(key) !== undefined) {
          const what =
            key === undefined ? "a handle that is not a uint64" : `handle ${key}, which is already in use`;
          reject(fail(`${row.name}: the transport returned ${what}`, "invalid-response"));
          return;
        }
        let timer: ReturnType<typeof setTimeout> | undefined;
        const cleanup = () => {
          if (timer !== undefined) clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
        };
        // Gives up on the call: its late progress is ignored and its result freed quietly.
        const abandon = (error: OpenImSdkError) => {
          if (!calls.abandon(key)) return;
          cleanup();
          reject(error);
        };
        const onAbort = () => abandon(fail(`${row.name} was aborted`, "aborted", signal?.reason));
        calls.add(key, {
          row,
          operationID,
          handle,
          progressCodec,
          onProgress: callOptions.onProgress as ((progress: unknown) => void) | undefined,
          secrets,
          resolve: (value) => {
            cleanup();
            resolve(value);
          },
          reject: (error) => {
            cleanup();
            reject(error);
          },
        });
        if (timeoutMs <= maxTimerMs) {
          timer = setTimeout(
            () => abandon(fail(`${row.name} timed out after ${timeoutMs} ms`, "timeout")),
            timeoutMs,
          );
        }
        signal?.addEventListener("abort", onAbort, { once: true });
      };
      try {
        dispatcher.send(bytes, register);
      } catch (cause) {
        reject(fail(`${row.name}: the transport failed to send the request`, "network", cause));
      }
    });
  }

  const methods: Record<string, (request?: unknown, options?: CallOptions) => Promise<unknown>> = {};
  for (const name of sdkFunctionNames) {
    const row = surfaceRow(name) as SurfaceRow;
    methods[methodNameOf(name)] = (request, callOptions) => call(row, request, callOptions);
  }

  const control: OpenImSdkControl = {
    on(name, listener) {
      if (!sdkEventNames.includes(name))
        throw new TypeError(`on: ${String(name)} is not an event the core pushes`);
      if (typeof listener !== "function") throw new TypeError("on: the listener must be a function");
      return hub.on(name, listener as (data: unknown) => void);
    },
    events(names, streamOptions = {}) {
      let filter: Set<string> | undefined;
      if (names !== undefined) {
        filter = new Set(typeof names === "string" ? [names] : names);
        for (const name of filter) {
          if (!(sdkEventNames as readonly string[]).includes(name)) {
            throw new TypeError(`events: ${String(name)} is not an event the core pushes`);
          }
        }
      }
      const stream = hub.stream(filter, streamOptions);
      if (closed) void stream.return?.();
      return stream as EventStream<never>;
    },
    handle(name, handler) {
      return answerer.register(name, handler as (request: unknown) => unknown);
    },
    close() {
      if (closed) return;
      closed = true;
      // Their results may still come: they are dropped quietly then.
      for (const pending of calls.abandonAll()) {
        pending.reject(
          new OpenImSdkError(`${pending.row.name}: the client was closed`, {
            kind: "aborted",
            operation: pending.row.name,
            funcName: pending.row.funcName,
            operationID: pending.operationID,
          }),
        );
      }
      hub.close();
    },
  };
  for (const name of Object.keys(control)) {
    if (Object.hasOwn(methods, name))
      throw new Error(`createOpenImSdk: the function ${name} clashes with a client member`);
  }
  return Object.assign(methods, control) as unknown as OpenImSdk;
}

function validTimeout(value: number, name: string): number {
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive number of milliseconds (or Infinity)`);
  }
  return value;
}
