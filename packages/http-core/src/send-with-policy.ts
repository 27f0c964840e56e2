import pRetry from "p-retry";
import { abortableDelay } from "./abortable-delay.js";
import { openAttemptScope, validateTimeout } from "./attempt-scope.js";
import { faultFromError } from "./fetch-fault.js";
import { HttpFault } from "./http-fault.js";
import { backoffFloorMs, type RetryOptions, resolveRetryOptions } from "./retry-policy.js";

export interface SendPolicy {
  /** Time limit of each attempt; unset means none. */
  timeoutMs?: number;
  /** The caller's cancellation; never retried past. */
  signal?: AbortSignal;
  /** Backoff settings, or false to make exactly one attempt. */
  retry?: RetryOptions | false;
  /** Whether repeating the call after this error is both useful and safe. */
  retryable: (error: unknown) => boolean;
}

/**
 * Carries an attempt's error through p-retry untouched: p-retry gives up on TypeErrors it does
 * not recognise as network errors, and the retry decision here belongs to `retryable` alone.
 */
class FailedAttempt extends Error {
  constructor(readonly original: unknown) {
    super("attempt failed");
  }
}

/**
 * Runs one logical call. Every attempt gets a fresh signal (caller's signal + per-attempt timeout)
 * and must build its request from scratch, so a retried body is sent intact. Retries back off
 * exponentially with jitter and wait at least as long as a `Retry-After` asked for.
 */
export async function sendWithPolicy<T>(
  attempt: (signal: AbortSignal, attemptNumber: number) => Promise<T>,
  policy: SendPolicy,
): Promise<T> {
  validateTimeout(policy.timeoutMs);
  const retry = policy.retry === false ? undefined : resolveRetryOptions(policy.retry);
  const callerSignal = policy.signal;
  if (callerSignal?.aborted) throw faultFromError(callerSignal.reason, callerSignal);

  const runAttempt = async (attemptNumber: number): Promise<T> => {
    const scope = openAttemptScope(callerSignal, policy.timeoutMs);
    try {
      return await attempt(scope.signal, attemptNumber);
    } catch (error) {
      throw new FailedAttempt(error);
    } finally {
      scope.close();
    }
  };

  try {
    if (retry === undefined || retry.retries === 0) return await runAttempt(1);
    return await pRetry(runAttempt, {
      retries: retry.retries,
      factor: retry.factor,
      minTimeout: retry.minDelayMs,
      maxTimeout: retry.maxDelayMs,
      randomize: retry.jitter,
      ...(callerSignal === undefined ? {} : { signal: callerSignal }),
      shouldRetry: async ({ error, retriesConsumed }) => {
        const original = error instanceof FailedAttempt ? error.original : error;
        if (callerSignal?.aborted || !policy.retryable(original)) return false;
        const retryAfterMs = original instanceof HttpFault ? original.retryAfterMs : undefined;
        if (retryAfterMs === undefined) return true;
        // A pause longer than the caller tolerates ends the call; the fault still says how long.
        if (retryAfterMs > retry.maxRetryAfterMs) return false;
        // p-retry sleeps its own backoff next; top it up so the total covers Retry-After.
        await abortableDelay(retryAfterMs - backoffFloorMs(retry, retriesConsumed), callerSignal);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof FailedAttempt) throw error.original;
    // Anything else comes from the caller's signal firing between attempts.
    if (callerSignal?.aborted) throw faultFromError(error, callerSignal);
    throw error;
  }
}
