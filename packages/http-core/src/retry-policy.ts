/** How a failed call is retried. Delays grow as `minDelayMs * factor^n`, capped at `maxDelayMs`. */
export interface RetryOptions {
  /** Extra attempts after the first one. Default 2. */
  retries?: number;
  /** Delay before the first retry. Default 100 ms. */
  minDelayMs?: number;
  /** Upper bound of any single backoff delay. Default 2000 ms. */
  maxDelayMs?: number;
  /** Growth of the delay from one retry to the next. Default 2. */
  factor?: number;
  /** Multiply each delay by a random factor in [1, 2) so that many clients do not retry in lockstep. Default true. */
  jitter?: boolean;
  /**
   * Longest `Retry-After` the policy is willing to sleep through. A server asking for a longer pause
   * ends the call with its fault (which carries `retryAfterMs`) instead. Default 30000 ms.
   */
  maxRetryAfterMs?: number;
}

/** `RetryOptions` with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** The retry policy used when a caller sets none. */
export const defaultRetryOptions: ResolvedRetryOptions = Object.freeze({
  retries: 2,
  minDelayMs: 100,
  maxDelayMs: 2000,
  factor: 2,
  jitter: true,
  maxRetryAfterMs: 30_000,
});

function requireNonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`retry.${name} must be a finite number >= 0, got ${value}`);
  }
  return value;
}

/** Fills in defaults and rejects nonsense early, before any request is made. */
export function resolveRetryOptions(options: RetryOptions | undefined): ResolvedRetryOptions {
  const merged = { ...defaultRetryOptions, ...stripUndefined(options ?? {}) };
  if (!Number.isInteger(merged.retries) || merged.retries < 0) {
    throw new RangeError(`retry.retries must be a whole number >= 0, got ${merged.retries}`);
  }
  requireNonNegative("minDelayMs", merged.minDelayMs);
  requireNonNegative("maxDelayMs", merged.maxDelayMs);
  requireNonNegative("maxRetryAfterMs", merged.maxRetryAfterMs);
  if (!Number.isFinite(merged.factor) || merged.factor < 1) {
    throw new RangeError(`retry.factor must be a finite number >= 1, got ${merged.factor}`);
  }
  return merged;
}

/**
 * The backoff before retry number `retriesDone + 1`: `minDelayMs * factor^retriesDone`, times a
 * random factor in [1, 2) with jitter, capped at `maxDelayMs`.
 */
export function backoffDelayMs(
  options: ResolvedRetryOptions,
  retriesDone: number,
  random: () => number = Math.random,
): number {
  const base = options.minDelayMs * options.factor ** retriesDone;
  return Math.round(Math.min(base * (options.jitter ? 1 + random() : 1), options.maxDelayMs));
}

function stripUndefined(options: RetryOptions): RetryOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
