import { adoptShape, findAlteredField, findUnencodableField } from "./request-shape.js";
import type { PayloadCodec, SurfaceRow } from "./sdk-surface.js";

export class RequestRefused extends Error {
  override readonly name = "RequestRefused";
}

/**
 * Builds and encodes a call's payload, refusing (before anything is sent) what its message
 * cannot carry exactly: undeclared keys, values of the wrong type, int64 beyond ±(2^53−1),
 * strings the wire cannot hold. Messages name the field, never its value. A function without a
 * payload message takes raw bytes.
 */
export function encodeSdkRequest(row: SurfaceRow, input: unknown): Uint8Array {
  const codec = row.request;
  if (codec === undefined) {
    if (input instanceof Uint8Array) return input;
    throw new RequestRefused(`${row.name} has no payload message here, so its request must be a Uint8Array`);
  }
  return encodeChecked(codec, input, `the ${row.name} request`);
}

/**
 * Builds a message with its codec and encodes it, refusing undeclared keys and values the
 * message cannot carry exactly. `what` names the message in errors ("the Login request").
 */
export function encodeChecked(codec: PayloadCodec, input: unknown, what: string): Uint8Array {
  const source = input ?? {};
  if (typeof source !== "object" || Array.isArray(source) || source instanceof Uint8Array) {
    throw new RequestRefused(`${what} must be an object`);
  }
  let message: unknown;
  try {
    message = codec.fromPartial(source);
  } catch (cause) {
    throw new RequestRefused(`${what} has a field of the wrong type`, { cause });
  }
  const misfit = adoptShape(source, message);
  if (misfit !== undefined) throw new RequestRefused(`${what}: ${misfit}`);
  let bytes: Uint8Array;
  let echoed: unknown;
  try {
    bytes = codec.encode(message).finish();
    echoed = codec.decode(bytes);
  } catch {
    // The codec's own message may quote the value (a token given as a number, say): find the
    // field instead, and say only where it is.
    const path = findUnencodableField(codec, source);
    throw new RequestRefused(
      path === undefined
        ? `${what} cannot be encoded`
        : `${what}: ${path} has the wrong type or a value its field cannot carry`,
    );
  }
  const altered = findAlteredField(message, echoed);
  if (altered !== undefined) {
    throw new RequestRefused(`${what}: ${altered} has the wrong type or a value its field cannot carry`);
  }
  return bytes;
}

/**
 * The values of a request that must never appear in an error: string fields named like a
 * credential (`token`, `fcmToken`), at the top level where the core's requests keep them.
 * Shorter values cannot be told apart from ordinary text and are left to the caller.
 */
export function requestSecrets(input: unknown): string[] {
  if (typeof input !== "object" || input === null) return [];
  const secrets: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (/token$/i.test(key) && typeof value === "string" && value.length >= 8) secrets.push(value);
  }
  return secrets;
}
