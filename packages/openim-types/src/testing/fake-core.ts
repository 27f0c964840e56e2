import { FfiDecodeError } from "../ffi-envelope/ffi-errors.js";
import { decodeFfiRequest } from "../ffi-envelope/ffi-request.js";
import { encodeFfiResult } from "../ffi-envelope/ffi-result.js";
import { FfiRequest, FfiResult } from "../gen/ffi.js";
import type { FfiName, FfiRequestPayloads } from "../gen/ffi-registry.js";
import type { CallContext, Handler, Handlers } from "./call-context.js";
import { createMessageHandlers } from "./create-message-handlers.js";
import { FakeCoreErrorCode, FakeCoreFault } from "./fake-fault.js";
import {
  type CoreConnection,
  createFakeOpenImServer,
  type FakeOpenImServer,
  serverState,
} from "./fake-server.js";
import { messageHandlers } from "./message-handlers.js";

export interface FakeOpenImCoreOptions {
  /** The logged-in user this core acts for. */
  readonly userID: string;
  /** Cores sharing a server see each other's messages; each core gets its own server when omitted. */
  readonly server?: FakeOpenImServer;
}

/** An in-memory stand-in for the OpenIM SDK core's FFI: FfiRequest bytes in, FfiResult bytes out. */
export interface FakeOpenImCore {
  readonly userID: string;
  readonly server: FakeOpenImServer;
  /** Answers one FfiRequest with FfiResult bytes; rejects with FfiDecodeError if the envelope is malformed. */
  call(request: Uint8Array): Promise<Uint8Array>;
  /** Subscribes to events (FfiResult bytes, handleID 0); returns the unsubscribe function. */
  onEvent(listener: (result: Uint8Array) => void): () => void;
  /** Stops event delivery to this core. */
  close(): void;
}

const handlers: Handlers = { ...createMessageHandlers, ...messageHandlers };

/** The function names the fake answers; every other function gets FakeCoreErrorCode.Unsupported. */
export const fakeCoreFunctions = Object.keys(handlers) as FfiName[];

function failure(
  name: FfiName | undefined,
  funcName: number,
  handleID: number,
  errCode: number,
  errMsg: string,
) {
  if (name !== undefined) return encodeFfiResult(name, undefined, { handleID, errCode, errMsg });
  return FfiResult.encode({ errCode, errMsg, funcName, data: new Uint8Array(0), handleID }).finish();
}

function answer(request: Uint8Array, context: CallContext): Uint8Array {
  let decoded: ReturnType<typeof decodeFfiRequest>;
  try {
    decoded = decodeFfiRequest(request);
  } catch (error) {
    if (!(error instanceof FfiDecodeError) || error.funcName === undefined) throw error;
    // The envelope itself decoded (funcName is known), so its handleID is there to echo.
    const { handleID } = FfiRequest.decode(request);
    return failure(undefined, error.funcName, handleID, FakeCoreErrorCode.InvalidArgument, error.message);
  }
  const { name, funcName, handleID } = decoded;
  const handler = name === undefined ? undefined : (handlers[name] as Handler<FfiName> | undefined);
  if (name === undefined || handler === undefined) {
    const what = name ?? `function ${funcName}`;
    return failure(
      name,
      funcName,
      handleID,
      FakeCoreErrorCode.Unsupported,
      `${what} is not supported by the fake OpenIM core`,
    );
  }
  try {
    const response = handler(decoded.data as FfiRequestPayloads[FfiName], context);
    return encodeFfiResult(name, response as never, { handleID });
  } catch (error) {
    if (!(error instanceof FakeCoreFault)) throw error;
    return failure(name, funcName, handleID, error.code, `${name}: ${error.message}`);
  }
}

export function createFakeOpenImCore(options: FakeOpenImCoreOptions): FakeOpenImCore {
  const server = options.server ?? createFakeOpenImServer();
  const state = serverState(server);
  const listeners = new Set<(result: Uint8Array) => void>();
  const connection: CoreConnection = {
    userID: options.userID,
    // Events arrive asynchronously, as they do from the real core's callback thread.
    push: (event) => {
      for (const listener of listeners) queueMicrotask(() => listener(event.slice()));
    },
  };
  state.connect(connection);
  const context: CallContext = { userID: options.userID, server: state, connection };
  return {
    userID: options.userID,
    server,
    call: async (request) => answer(request, context),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      state.disconnect(connection);
    },
  };
}
