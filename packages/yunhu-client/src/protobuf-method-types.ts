import type { WireReader } from "@chatwire/protobuf-runtime";
import type { protobufEndpoints } from "./gen/endpoints.js";

/** The generated endpoint table: one entry per rpc of the proto's service. */
export type ProtobufEndpoints = typeof protobufEndpoints;
/** The name of each protobuf endpoint method. */
export type ProtobufMethodName = keyof ProtobufEndpoints;

/** What a protobuf method accepts: the request message, every field optional. */
export type ProtobufRequest<M extends ProtobufMethodName> = Parameters<
  ProtobufEndpoints[M]["request"]["fromPartial"]
>[0];

/** The decoded response message of a protobuf method. */
export type ProtobufResponse<M extends ProtobufMethodName> = ReturnType<
  ProtobufEndpoints[M]["response"]["decode"]
>;

/** The fields of one codec the client relies on (the generated `MessageFns<T>` has them). */
export interface MessageCodec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(input: Uint8Array | WireReader): T;
  fromPartial(object: never): T;
}

/** One row of the table, seen generically. */
export interface ProtobufEndpoint<Request, Response> {
  readonly rpc: string;
  readonly path: string;
  readonly idempotent: boolean;
  readonly request: MessageCodec<Request>;
  readonly response: MessageCodec<Response>;
}
