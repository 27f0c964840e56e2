import type { FfiRegistryEntry } from "../gen/ffi-registry.js";

type Codec = FfiRegistryEntry["request"];

/** Encodes a payload with its codec, or passes raw bytes through for a value without one. */
export function encodePayload(codec: Codec, payload: unknown): Uint8Array {
  if (codec !== undefined) return codec.encode(payload).finish();
  if (payload instanceof Uint8Array) return payload;
  throw new TypeError("this value has no payload message here, so its payload must be a Uint8Array");
}

/** Decodes a payload with its codec, or returns the raw bytes for a value without one. */
export function decodePayload(codec: Codec, data: Uint8Array): unknown {
  return codec === undefined ? data : codec.decode(data);
}
