import type { FfiName, FfiRequestPayloads, FfiResultPayloads } from "../gen/ffi-registry.js";
import type { CoreConnection, FakeServerState } from "./fake-server.js";

/** What a handler knows about the call: who is calling, on which server, through which core. */
export interface CallContext {
  readonly userID: string;
  readonly server: FakeServerState;
  readonly connection: CoreConnection;
}

export type Handler<K extends FfiName> = (
  request: FfiRequestPayloads[K],
  context: CallContext,
) => FfiResultPayloads[K];

export type Handlers = { readonly [K in FfiName]?: Handler<K> };
