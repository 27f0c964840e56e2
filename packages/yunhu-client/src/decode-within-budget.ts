import type { BinaryReader } from "@bufbuild/protobuf/wire";
import { WireReader } from "./gen/wire-runtime.js";

/** How much decoding one answer may do. Both bound memory and time whatever the byte count allows. */
export interface ProtobufDecodeLimits {
  /**
   * Most messages (the response, each nested and each repeated entry) one answer may hold.
   * Default 100 000: a page of 100 history messages holds about a thousand.
   */
  readonly maxMessages?: number;
  /** Deepest nesting of messages. Default 32; Yunhu's own messages nest four deep. */
  readonly maxDepth?: number;
}

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

/** Thrown from inside a decode when an answer passes a limit; the decode wraps it as its cause. */
export class DecodeBudgetExceeded extends Error {
  constructor(
    readonly reason: "too-many-messages" | "too-deep",
    readonly limit: number,
  ) {
    super(reason === "too-deep" ? `messages nested deeper than ${limit}` : `more than ${limit} messages`);
  }
}

/** How often (in messages) a running decode looks at the clock. */
const deadlineCheckEvery = 4096;

interface Decoder<T> {
  decode(input: BinaryReader | Uint8Array): T;
}

/**
 * Decodes `bytes` with `codec`, counting messages and depth as it goes and looking at the
 * deadline every few thousand messages: 8 MB of empty repeated entries would otherwise become
 * millions of objects and seconds of blocking work. The generated decoders record their nesting
 * depth on the reader (`__tsProtoDecodeDepth`) when they enter and leave a message; an accessor
 * there sees every message start.
 *
 * When the shared protobuf runtime's reader takes these limits itself (`new WireReader(bytes,
 * { maxDepth, maxMessages })`), this function only has to pass them on.
 */
export function decodeWithinBudget<T>(
  codec: Decoder<T>,
  bytes: Uint8Array,
  limits: Required<ProtobufDecodeLimits>,
  checkDeadline: () => void,
): T {
  const reader = new WireReader(bytes);
  let depth = 0;
  let messages = 0;
  Object.defineProperty(reader, "__tsProtoDecodeDepth", {
    configurable: true,
    get: () => depth,
    set: (next: number) => {
      if (next > depth) {
        messages++;
        if (messages > limits.maxMessages)
          throw new DecodeBudgetExceeded("too-many-messages", limits.maxMessages);
        if (next > limits.maxDepth) throw new DecodeBudgetExceeded("too-deep", limits.maxDepth);
        if (messages % deadlineCheckEvery === 0) checkDeadline();
      }
      depth = next;
    },
  });
  return codec.decode(reader);
}

/** Budget reasons as the shared protobuf runtime's ProtobufDecodeError names them. */
const budgetReasons = new Set(["too-deep", "too-many-messages"]);

/**
 * What stopped a decode, when it was the budget or the deadline rather than malformed bytes:
 * a DecodeBudgetExceeded (or a decode error whose `reason` is a budget reason) as `budget`, or
 * the deadline's error as `deadline`. Looks down the cause chain, where decoders put it.
 */
export function stopReasonOf(
  error: unknown,
  isDeadline: (value: unknown) => boolean,
): { budget?: Error; deadline?: unknown } {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth++) {
    if (isDeadline(current)) return { deadline: current };
    if (current instanceof DecodeBudgetExceeded) return { budget: current };
    if (budgetReasons.has(String((current as { reason?: unknown }).reason))) return { budget: current };
    current = current.cause;
  }
  return {};
}
