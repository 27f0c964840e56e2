/** The signal one attempt runs under: the caller's signal plus this attempt's own time limit. */
export interface AttemptScope {
  readonly signal: AbortSignal;
  /** Stops the timer and detaches from the caller's signal; call when the attempt settles. */
  close(): void;
}

export function openAttemptScope(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): AttemptScope {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });

  // A DOMException named TimeoutError is what AbortSignal.timeout() uses, so both look alike downstream.
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(
          () => controller.abort(new DOMException(`request timed out after ${timeoutMs} ms`, "TimeoutError")),
          timeoutMs,
        );

  return {
    signal: controller.signal,
    close() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}

export function validateTimeout(timeoutMs: number | undefined): void {
  if (timeoutMs !== undefined && (!Number.isFinite(timeoutMs) || timeoutMs <= 0)) {
    throw new RangeError(`timeoutMs must be a finite number > 0, got ${timeoutMs}`);
  }
}
