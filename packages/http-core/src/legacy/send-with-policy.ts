import { retryLoop } from "../retry-loop.js";
import { type RetryOptions, resolveRetryOptions } from "../retry-policy.js";
import { openAttemptScope, validateTimeout } from "./attempt-scope.js";
import { faultFromError } from "./fetch-fault.js";
import { HttpFault } from "./http-fault.js";

/** @deprecated Use `createHttpCaller`, which also bounds answers, redirects and the whole call. */
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

/** Marks an error as the attempt's own, as opposed to a wait between attempts cut short. */
class FailedAttempt {
  constructor(readonly original: unknown) {}
}

/**
 * Runs one logical call: every attempt gets a fresh signal (caller's signal + per-attempt timeout)
 * and must build its request from scratch. Rejects with the attempt's own error, unchanged; a
 * cancellation between attempts rejects with an `HttpFault` of kind `"aborted"`.
 *
 * @deprecated Use `createHttpCaller`: it applies the redirect rule, the response budget, the
 * whole-call deadline and hooks, and rejects with the client's error class.
 */
export async function sendWithPolicy<T>(
  attempt: (signal: AbortSignal, attemptNumber: number) => Promise<T>,
  policy: SendPolicy,
): Promise<T> {
  validateTimeout(policy.timeoutMs);
  const retry = policy.retry === false ? undefined : resolveRetryOptions(policy.retry);
  const callerSignal = policy.signal;
  if (callerSignal?.aborted) throw faultFromError(callerSignal.reason, callerSignal);
  const unwrap = (error: unknown) => (error instanceof FailedAttempt ? error.original : error);
  try {
    return await retryLoop(
      async (attemptNumber) => {
        const scope = openAttemptScope(callerSignal, policy.timeoutMs);
        try {
          return await attempt(scope.signal, attemptNumber);
        } catch (error) {
          throw new FailedAttempt(error);
        } finally {
          scope.close();
        }
      },
      {
        retry,
        signal: callerSignal,
        shouldRetry: (error) => !callerSignal?.aborted && policy.retryable(unwrap(error)),
        retryAfterMs: (error) => {
          const original = unwrap(error);
          return original instanceof HttpFault ? original.retryAfterMs : undefined;
        },
      },
    );
  } catch (error) {
    if (error instanceof FailedAttempt) throw error.original;
    // Anything else comes from the caller's signal firing between attempts.
    if (callerSignal?.aborted) throw faultFromError(error, callerSignal);
    throw error;
  }
}
