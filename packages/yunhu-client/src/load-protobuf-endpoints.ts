import type { ProtobufEndpoint } from "./protobuf-method-types.js";

/** The endpoint table, seen generically. */
export type EndpointTable = Readonly<Record<string, ProtobufEndpoint<unknown, unknown>>>;

let loading: Promise<EndpointTable> | undefined;

/**
 * The generated endpoint table, imported at the first protobuf call and kept. It brings the
 * codecs of every message along, so an application that bundles the client with code splitting
 * loads them when it first calls, not when it starts.
 */
export function loadProtobufEndpoints(): Promise<EndpointTable> {
  loading ??= import("./gen/endpoints.js").then(
    (module) => module.protobufEndpoints as unknown as EndpointTable,
  );
  return loading;
}
