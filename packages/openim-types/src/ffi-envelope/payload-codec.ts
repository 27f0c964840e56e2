import type { WireWriter } from "@chatwire/protobuf-runtime";
import type { FfiRegistryEntry } from "../gen/ffi-registry.js";

type Codec = FfiRegistryEntry["request"];

/** The tag of `data`, field 4 and length-delimited in both FfiRequest and FfiResult. */
const DATA_TAG = (4 << 3) | 2;

/** An empty `data` for the envelope codecs; the payload itself is written by writePayloadField. */
export const NO_DATA = new Uint8Array(0);

/**
 * Writes the envelope's `data` field: the payload encoded by its codec straight into the
 * envelope's writer, or raw bytes for a value without one. An empty payload writes no field at
 * all, as protoc omits an empty proto3 `bytes` field.
 */
export function writePayloadField(writer: WireWriter, codec: Codec, payload: unknown): void {
  if (codec !== undefined) {
    codec.encode(payload, writer.uint32(DATA_TAG).fork());
    writer.joinOrOmitEmpty(DATA_TAG);
    return;
  }
  if (!(payload instanceof Uint8Array)) {
    throw new TypeError("this value has no payload message here, so its payload must be a Uint8Array");
  }
  if (payload.length !== 0) writer.uint32(DATA_TAG).bytes(payload);
}

/** Decodes a payload with its codec, or returns the raw bytes for a value without one. */
export function decodePayload(codec: Codec, data: Uint8Array): unknown {
  return codec === undefined ? data : codec.decode(data);
}
