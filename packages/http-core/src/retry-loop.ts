import { abortableDelay } from "./abortable-delay.js";
import { backoffDelayMs, type ResolvedRetryOptions } from "./retry-policy.js";

export interface RetryLoop {
  /** Backoff settings; undefined makes exactly one attempt. */
  readonly retry: ResolvedRetryOptions | undefined;
  /** Ends any wait between attempts (with its reason) when it fires. */
  readonly signal?: AbortSignal | undefined;
  /** `performance.now()` after which no attempt may start: a wait that would end later ends the call. */
  readonly deadlineAt?: number;
  /** Whether repeating after this error is both useful and safe. */
  shouldRetry(error: unknown): boolean;
  /** How long the server asked to wait (Retry-After), if it did. */
  retryAfterMs(error: unknown): number | undefined;
  /** Called before waiting `delayMs` to repeat after `attempt` failed; may throw to stop. */
  beforeRetry?(error: unknown, attempt: number, delayMs: number): void | Promise<void>;
}

/**
 * Runs `attempt` until it succeeds or a failure must not be repeated. The wait before a retry is
 * the exponential backoff, and at least what `Retry-After` asked for; a `Retry-After` beyond
 * `maxRetryAfterMs`, or a wait that would end past the deadline, ends the call with the last
 * error (which still says how long the server asked to wait).
 */
export async function retryLoop<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  loop: RetryLoop,
): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      const retry = loop.retry;
      const retriesDone = attemptNumber - 1;
      if (retry === undefined || retriesDone >= retry.retries || !loop.shouldRetry(error)) throw error;
      const asked = loop.retryAfterMs(error);
      if (asked !== undefined && asked > retry.maxRetryAfterMs) throw error;
      const delayMs = Math.max(backoffDelayMs(retry, retriesDone), asked ?? 0);
      if (loop.deadlineAt !== undefined && performance.now() + delayMs >= loop.deadlineAt) throw error;
      await loop.beforeRetry?.(error, attemptNumber, delayMs);
      await abortableDelay(delayMs, loop.signal);
    }
  }
}
