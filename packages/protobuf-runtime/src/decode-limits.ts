/**
 * The budget of one decode. A `WireReader` counts every message it enters (nested ones, and
 * groups skipped as unknown fields, count for depth) and fails with a ProtobufDecodeError whose
 * `reason` is `"too-deep"` or `"too-many-messages"` when the input asks for more.
 */
export interface DecodeLimits {
  /** Deepest nesting of messages, the outermost one being depth 1. Default 100, as Google's parsers. */
  readonly maxDepth?: number;
  /**
   * Most messages in one input, nested ones included. Default 100,000: a history page of 1,000
   * messages with a dozen nested parts each uses an eighth of it; a flood of tiny empty entries,
   * which costs far more memory decoded than on the wire, stops there.
   */
  readonly maxMessages?: number;
  /**
   * Called every `deadlineCheckInterval` messages while a decode runs; throw from it to stop a
   * decode that has run out of time (the error passes through the generated code unchanged).
   * Synchronous code cannot see a timer fire, so a caller with a deadline looks at the clock here.
   */
  readonly checkDeadline?: () => void;
}

/** How many messages a decode enters between two `checkDeadline` calls. */
export const deadlineCheckInterval = 4096;

/** Default deepest message nesting a decode accepts. */
export const defaultMaxDepth = 100;
/** Default most messages in one input, nested ones included. */
export const defaultMaxMessages = 100_000;

/** Reads one limit, refusing what is not a positive integer (a typo must not lift the budget). */
export function limitValue(value: unknown, name: keyof DecodeLimits, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(
      `${name} must be a positive integer, not ${typeof value === "number" ? value : typeof value}`,
    );
  }
  return value;
}

/** Reads the deadline hook, refusing what is not a function. */
export function deadlineCheck(value: unknown): (() => void) | undefined {
  if (value !== undefined && typeof value !== "function") {
    throw new TypeError(`checkDeadline must be a function, not ${typeof value}`);
  }
  return value as (() => void) | undefined;
}
