import type { ffiRegistry } from "../gen/ffi-registry.js";
import type { OpenImEventName, OpenImFunctionName } from "../sdk/sdk-surface-types.js";
import type { CoreConnection, EventPayload, FakeServerState } from "./fake-server.js";
import type { SessionState } from "./session-state.js";

type Registry = typeof ffiRegistry;
type Decoded<Codec> = Codec extends { decode(...args: never[]): infer T } ? T : Uint8Array;
type Shape<Codec> = Codec extends { fromPartial(object: infer P): unknown } ? P : Uint8Array;

/** What a handler knows about the call: the server, this core's session, how to report progress. */
export interface CallContext {
  readonly server: FakeServerState;
  readonly session: SessionState;
  readonly connection: CoreConnection;
  /** The logged-in user (functions that run before Login must not rely on it). */
  readonly userID: string;
  /** Sends a progress event with this call's handle, before its result. */
  progress<E extends OpenImEventName>(name: E, payload: EventPayload<E>): void;
  /** Sends a progress event labelled `label` whose bytes are another message (the UploadLogs quirk). */
  progressBytes(label: OpenImEventName, data: Uint8Array): void;
  /** Pushes an event to every core of these users (this core included unless `exceptSelf`). */
  notify<E extends OpenImEventName>(
    userIDs: Iterable<string>,
    name: E,
    payload: EventPayload<E>,
    exceptSelf?: boolean,
  ): void;
}

/** The decoded request a handler is given. */
export type HandlerRequest<K extends OpenImFunctionName> = Decoded<Registry[K]["request"]>;
/** What a handler returns: the response, every field optional (the core fills the defaults). */
export type HandlerResult<K extends OpenImFunctionName> = Shape<Registry[K]["result"]>;

export type Handler<K extends OpenImFunctionName> = (
  request: HandlerRequest<K>,
  context: CallContext,
) => HandlerResult<K>;

export type Handlers = { readonly [K in OpenImFunctionName]?: Handler<K> };
