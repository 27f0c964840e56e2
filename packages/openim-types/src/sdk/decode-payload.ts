import { type DecodeLimits, WireReader } from "@chatwire/protobuf-runtime";
import type { PayloadCodec } from "./sdk-surface.js";

/**
 * Decodes a result or event payload with its codec, within the decode budget (nesting depth,
 * message count); bytes stay bytes where there is no codec.
 */
export function decodePayload(
  codec: PayloadCodec | undefined,
  data: Uint8Array,
  limits?: DecodeLimits,
): unknown {
  return codec === undefined ? data : codec.decode(new WireReader(data, limits));
}

/**
 * The kind of a failed payload decode: a decode budget (nesting depth, message count) is
 * `too-large`; malformed bytes and int64 values beyond ±(2^53−1) are `invalid-response`.
 */
export function decodeFailureKind(error: unknown): "too-large" | "invalid-response" {
  const reason = (error as { reason?: unknown } | null)?.reason;
  return reason === "too-deep" || reason === "too-many-messages" ? "too-large" : "invalid-response";
}
