// Native JSON of the same object a codec case encodes: JSON.stringify of the value, and
// JSON.parse of its text, the baseline a user gives up by choosing protobuf.
import type { Codec } from "./compare.js";

export function jsonCodec(value: unknown): Codec {
  const text = JSON.stringify(value);
  return { encode: () => JSON.stringify(value), decode: () => JSON.parse(text) };
}
