import { ffiNameOf } from "../ffi-envelope/ffi-names.js";
import { ErrorCode } from "../gen/error.js";
import { FfiRequest, FfiResult } from "../gen/ffi.js";
import type { ffiRegistry } from "../gen/ffi-registry.js";
import { adoptShape } from "../sdk/request-shape.js";
import { type PayloadCodec, surfaceRow } from "../sdk/sdk-surface.js";
import type {
  OpenImCoreRequest,
  OpenImEventName,
  OpenImFunctionName,
  OpenImInteropName,
} from "../sdk/sdk-surface-types.js";
import type {
  FfiCoreRequestHandler,
  FfiHandle,
  FfiResultSink,
  OpenImSdkTransport,
} from "../sdk/sdk-transport.js";
import type { CallContext, Handler, Handlers } from "./call-context.js";
import { conversationHandlers } from "./conversation-handlers.js";
import { createMessageHandlers } from "./create-message-handlers.js";
import { FakeCoreFault } from "./fake-fault.js";
import {
  type CoreConnection,
  createFakeOpenImServer,
  type EventPayload,
  type FakeOpenImServer,
  serverState,
} from "./fake-server.js";
import { groupHandlers } from "./group-handlers.js";
import { messageHandlers } from "./message-handlers.js";
import { relationHandlers } from "./relation-handlers.js";
import { sessionHandlers } from "./session-handlers.js";
import { beforeLoginFunctions, type SessionState } from "./session-state.js";
import { thirdHandlers } from "./third-handlers.js";
import { userHandlers } from "./user-handlers.js";

/** Options of `createFakeOpenImCore`. */
export interface FakeOpenImCoreOptions {
  /** Cores sharing a server see each other's messages; each core gets its own server when omitted. */
  readonly server?: FakeOpenImServer;
  /** The only user this core may log in as (Login for anyone else answers `SdkUserIDNotFound`). */
  readonly userID?: string;
  /**
   * When results and events reach `onResult`: `"async"` (default) on a later microtask, as from
   * the core's own thread; `"sync"` before `request()` returns, which a real core may also do.
   */
  readonly delivery?: "async" | "sync";
}

/**
 * An in-memory SDK core behind the core's own transport (`init`, `request`, `drop`): pass it as
 * `createOpenImSdk({ transport: core })`. It starts before InitSDK, like the real core.
 */
export interface FakeOpenImCore extends OpenImSdkTransport {
  readonly server: FakeOpenImServer;
  /** The user logged in on this core, if any. */
  readonly userID: string | undefined;
  init(onResult: FfiResultSink, onCoreRequest?: FfiCoreRequestHandler): void;
  request(request: Uint8Array): number;
  drop(handle: FfiHandle): void;
  /** Handles delivered to `onResult` and not dropped yet. */
  outstandingHandles(): number[];
  /** Drops of handles that were not outstanding (never delivered, or dropped already). */
  readonly invalidDrops: number;
  /** Without `init`: answers one FfiRequest with its FfiResult bytes (progress is not reported). */
  call(request: Uint8Array): Promise<Uint8Array>;
  /** Without `init`: passive events as FfiResult bytes; returns the unsubscribe function. */
  onEvent(listener: (event: Uint8Array) => void): () => void;
  /**
   * Makes one of the core's own requests of its host (`JsFileOpen`, `JsSqliteExec`...), as the
   * WebAssembly build does, through the `onCoreRequest` given to `init`: for testing `Js*`
   * handlers. Returns the decoded answer, or the host's error code and message.
   */
  requestHost<K extends OpenImInteropName>(name: K, request: Partial<OpenImCoreRequest<K>>): HostAnswer<K>;
  /**
   * Logs out (without a Logout call) and stops all delivery to this core: a request to a closed
   * core is never answered (a client's call times out), and `call` rejects.
   */
  close(): void;
}

/** The host's answer to a `Js*` request: its `jsXResp`, or the error code and message it gave. */
export type HostAnswer<K extends OpenImInteropName> =
  | { readonly ok: true; readonly data: OpenImCoreRequestResult<K> }
  | { readonly ok: false; readonly errCode: number; readonly errMsg: string };

type OpenImCoreRequestResult<K extends OpenImInteropName> = Exclude<
  ReturnType<NonNullable<(typeof ffiRegistry)[K]["result"]>["decode"]>,
  undefined
>;

const handlers: Handlers = {
  ...sessionHandlers,
  ...thirdHandlers,
  ...createMessageHandlers,
  ...messageHandlers,
  ...conversationHandlers,
  ...groupHandlers,
  ...relationHandlers,
  ...userHandlers,
};

/** The function names the fake answers: every function the core registers. */
export const fakeCoreFunctions = Object.keys(handlers) as OpenImFunctionName[];

interface Delivery {
  readonly bytes: Uint8Array;
  readonly handle: number;
  /** `result`: ends a call; `progress`: a call's progress; `event`: passive, with a fresh handle. */
  readonly kind: "result" | "progress" | "event";
}

/** A payload as written by a handler, built into a full message by its codec; unknown fields kept. */
function encodePayload(codec: PayloadCodec | undefined, payload: unknown): Uint8Array {
  if (codec === undefined) return payload instanceof Uint8Array ? payload : new Uint8Array(0);
  const message = codec.fromPartial(payload ?? {});
  adoptShape(payload, message);
  return codec.encode(message).finish();
}

function envelope(funcName: number, handle: number, data: Uint8Array, errCode = 0, errMsg = ""): Uint8Array {
  return FfiResult.encode({
    errCode,
    errMsg,
    funcName,
    data: errCode === 0 ? data : new Uint8Array(0),
    handleID: handle,
  }).finish();
}

/** An in-process fake of the OpenIM SDK core behind the FFI, for tests. */
export function createFakeOpenImCore(options: FakeOpenImCoreOptions = {}): FakeOpenImCore {
  const server = options.server ?? createFakeOpenImServer();
  const state = serverState(server);
  const sync = options.delivery === "sync";
  const session: SessionState = {
    expectedUserID: options.userID,
    config: undefined,
    userID: undefined,
    background: false,
    appBadge: 0,
  };
  let onResult: FfiResultSink | undefined;
  let onCoreRequest: FfiCoreRequestHandler | undefined;
  let closed = false;
  let nextHandle = 1;
  let invalidDrops = 0;
  const outstanding = new Set<number>();
  const waiters = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>();
  const eventListeners = new Set<(event: Uint8Array) => void>();
  const outbox: Delivery[] = [];
  let flushScheduled = false;
  /** True while a request is being answered: its pushes wait for the request's own flush. */
  let answering = false;

  const deliver = (item: Delivery) => {
    if (closed) return;
    const waiter = waiters.get(item.handle);
    if (waiter) {
      if (item.kind === "result") {
        waiters.delete(item.handle);
        waiter.resolve(item.bytes);
      }
      return;
    }
    if (item.kind === "event") for (const listener of eventListeners) listener(item.bytes.slice());
    if (!onResult) return;
    outstanding.add(item.handle);
    onResult(item.bytes);
  };

  const flush = () => {
    flushScheduled = false;
    while (outbox.length > 0) deliver(outbox.shift() as Delivery);
  };

  const enqueue = (item: Delivery) => {
    outbox.push(item);
    if (sync || flushScheduled) return;
    flushScheduled = true;
    queueMicrotask(flush);
  };

  const connection: CoreConnection = {
    get userID() {
      return session.userID;
    },
    push<E extends OpenImEventName>(name: E, payload: EventPayload<E>) {
      const row = surfaceRow(name);
      if (!row) return;
      const handle = nextHandle++;
      enqueue({
        bytes: envelope(row.funcName, handle, encodePayload(row.result, payload)),
        handle,
        kind: "event",
      });
      if (sync && !answering) flush();
    },
  };
  state.connect(connection);

  function answer(bytes: Uint8Array, handle: number): void {
    let request: FfiRequest;
    try {
      request = FfiRequest.decode(bytes);
    } catch {
      enqueue({
        bytes: envelope(0, handle, new Uint8Array(0), ErrorCode.SdkArgs, "malformed FfiRequest"),
        handle,
        kind: "result",
      });
      return;
    }
    const { funcName } = request;
    const fail = (code: number, message: string) =>
      enqueue({
        bytes: envelope(funcName, handle, new Uint8Array(0), code, message),
        handle,
        kind: "result",
      });
    const name = ffiNameOf(funcName);
    const row = name === undefined ? undefined : surfaceRow(name);
    const handler =
      name === undefined ? undefined : (handlers as Record<string, Handler<OpenImFunctionName>>)[name];
    if (row?.kind !== "function" || !row.registered || !handler) {
      fail(
        ErrorCode.SdkFuncNotFound,
        `${name ?? `function ${funcName}`} is not a function the core registers`,
      );
      return;
    }
    if (session.config === undefined && name !== "InitSDK") {
      fail(ErrorCode.SdkNotInit, `${name}: call InitSDK first`);
      return;
    }
    if (session.userID === undefined && !beforeLoginFunctions.has(row.name)) {
      fail(ErrorCode.SdkNotLogin, `${name}: log in first`);
      return;
    }
    let payload: unknown;
    try {
      payload = row.request === undefined ? request.data : row.request.decode(request.data);
    } catch (error) {
      fail(ErrorCode.SdkArgs, `${name}: malformed request (${(error as Error).message})`);
      return;
    }
    const context: CallContext = {
      server: state,
      session,
      connection,
      userID: session.userID ?? "",
      progress(event, data) {
        const eventRow = surfaceRow(event);
        if (!eventRow) return;
        enqueue({
          bytes: envelope(eventRow.funcName, handle, encodePayload(eventRow.result, data)),
          handle,
          kind: "progress",
        });
      },
      progressBytes(label, data) {
        const eventRow = surfaceRow(label);
        if (eventRow) enqueue({ bytes: envelope(eventRow.funcName, handle, data), handle, kind: "progress" });
      },
      notify(userIDs, event, data, exceptSelf = false) {
        state.push(userIDs, event, data, exceptSelf ? connection : undefined);
      },
    };
    try {
      const response = handler(payload as never, context);
      enqueue({
        bytes: envelope(funcName, handle, encodePayload(row.result, response)),
        handle,
        kind: "result",
      });
    } catch (error) {
      if (error instanceof FakeCoreFault) fail(error.code, `${name}: ${error.message}`);
      else fail(ErrorCode.SdkInternal, `${name}: ${(error as Error).message}`);
    }
  }

  function request(bytes: Uint8Array): number {
    const handle = nextHandle++;
    if (closed) return handle;
    answering = true;
    try {
      answer(bytes, handle);
    } finally {
      answering = false;
    }
    if (sync) flush();
    return handle;
  }

  return {
    server,
    get userID() {
      return session.userID;
    },
    get invalidDrops() {
      return invalidDrops;
    },
    init(result, coreRequest) {
      onResult = result;
      onCoreRequest = coreRequest;
    },
    requestHost(name, request) {
      const row = surfaceRow(name);
      if (row?.kind !== "interop" || !row.request || !row.result) {
        throw new TypeError(`${String(name)} is not a request the core makes of its host`);
      }
      if (!onCoreRequest)
        throw new Error("no onCoreRequest was registered: create a client over this core first");
      const data = encodePayload(row.request, request);
      const bytes = FfiRequest.encode({
        operationID: "",
        handleID: nextHandle++,
        funcName: row.funcName,
        data,
      }).finish();
      const answer = onCoreRequest(bytes);
      if (answer.length === 0)
        return { ok: false, errCode: ErrorCode.SdkInternal, errMsg: "the host answered nothing" };
      const result = FfiResult.decode(answer);
      if (result.errCode !== 0) return { ok: false, errCode: result.errCode, errMsg: result.errMsg };
      return { ok: true, data: row.result.decode(result.data) as never };
    },
    request,
    drop(handle) {
      const key = typeof handle === "bigint" ? Number(handle) : handle;
      if (!outstanding.delete(key)) invalidDrops++;
    },
    outstandingHandles: () => [...outstanding],
    call(bytes) {
      return new Promise((resolve, reject) => {
        if (closed) {
          reject(new Error("the fake core is closed"));
          return;
        }
        // The handle is the next one; register before answering, since "sync" delivers at once.
        waiters.set(nextHandle, { resolve, reject });
        request(bytes);
      });
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    close() {
      closed = true;
      session.userID = undefined;
      outbox.length = 0;
      for (const waiter of waiters.values()) waiter.reject(new Error("the fake core is closed"));
      waiters.clear();
      eventListeners.clear();
      state.disconnect(connection);
    },
  };
}
