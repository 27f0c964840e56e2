import {
  type DecodeLimits,
  isProtobufDecodeError,
  type ProtobufDecodeError,
  WireReader,
} from "@chatwire/protobuf-runtime";

/** How much decoding one answer may do. Both bound memory and time whatever the byte count allows. */
export interface ProtobufDecodeLimits extends Omit<DecodeLimits, "checkDeadline"> {
  /**
   * Most messages (the response, each nested and each repeated entry) one answer may hold.
   * Default 100 000: a page of 100 history messages holds about a thousand.
   */
  readonly maxMessages?: number;
  /** Deepest nesting of messages. Default 32; Yunhu's own messages nest four deep. */
  readonly maxDepth?: number;
}

/** The decode limits used when a client sets none. */
export const defaultDecodeLimits: Required<ProtobufDecodeLimits> = Object.freeze({
  maxMessages: 100_000,
  maxDepth: 32,
});

/** Checks the limits once, at client creation. */
export function resolveDecodeLimits(
  limits: ProtobufDecodeLimits | undefined,
): Required<ProtobufDecodeLimits> {
  const resolved = { ...defaultDecodeLimits, ...limits };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`decodeLimits.${name} must be a whole number >= 1, got ${String(value)}`);
    }
  }
  return resolved;
}

interface Decoder<T> {
  decode(input: WireReader): T;
}

/**
 * Decodes `bytes` with `codec` on a reader that counts messages and depth: 8 MB of empty
 * repeated entries would otherwise become millions of objects. The reader also looks at the
 * attempt's deadline every few thousand messages, and once more at the end: a decode that runs
 * past it stops with the deadline's error and does not resolve.
 */
export function decodeWithinBudget<T>(
  codec: Decoder<T>,
  bytes: Uint8Array,
  limits: Required<ProtobufDecodeLimits>,
  checkDeadline: () => void,
): T {
  const decoded = codec.decode(new WireReader(bytes, { ...limits, checkDeadline }));
  checkDeadline();
  return decoded;
}

/** Budget reasons as the protobuf runtime's ProtobufDecodeError names them. */
const budgetReasons: ReadonlySet<string> = new Set(["too-deep", "too-many-messages"]);

/** The decode error in `error`'s cause chain that a budget (not malformed bytes) raised, if any. */
export function budgetErrorOf(error: unknown): ProtobufDecodeError | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth++) {
    if (isProtobufDecodeError(current) && budgetReasons.has(current.reason)) return current;
    current = current.cause;
  }
  return undefined;
}
