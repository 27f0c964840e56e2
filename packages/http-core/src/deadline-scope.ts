/** A time limit this package set, told apart from any reason the caller's signal gives. */
export interface OwnTimeout {
  /** `attempt`: one attempt's `timeoutMs`; `call`: the whole call's `totalTimeoutMs`. */
  readonly scope: "attempt" | "call";
  readonly ms: number;
}

const ownTimeouts = new WeakMap<object, OwnTimeout>();

function timeoutReason(timeout: OwnTimeout): DOMException {
  const option = timeout.scope === "call" ? "totalTimeoutMs" : "timeoutMs";
  // A DOMException named TimeoutError is what AbortSignal.timeout() uses, so fetch treats both alike.
  const reason = new DOMException(`${option} (${timeout.ms} ms) ran out`, "TimeoutError");
  ownTimeouts.set(reason, timeout);
  return reason;
}

/** The limit behind an abort reason, when this package set it; undefined for the caller's own reasons. */
export function ownTimeoutOf(reason: unknown): OwnTimeout | undefined {
  return typeof reason === "object" && reason !== null ? ownTimeouts.get(reason) : undefined;
}

/**
 * The signal and deadline some work runs under: its parent's (the caller's signal, or the whole
 * call's scope) plus a time limit of its own. The timer aborts the signal, which stops fetch and
 * body reads; `check()` also catches a deadline that passed during synchronous work (a parse or a
 * decode), when no timer could fire.
 */
export interface DeadlineScope {
  readonly signal: AbortSignal;
  /** `performance.now()` by which the work must be over; Infinity without a limit. */
  readonly deadlineAt: number;
  /** Throws the abort reason if the signal fired or the deadline passed. */
  check(): void;
  /** Stops the timer and detaches from the parent; call when the work settles. */
  close(): void;
}

/** Opens a scope; its own limit counts from `startedAt` (`performance.now()`, default now). */
export function openDeadlineScope(
  parent: { readonly scope: DeadlineScope } | { readonly signal: AbortSignal | undefined },
  limit: OwnTimeout | undefined,
  startedAt = performance.now(),
): DeadlineScope {
  const parentScope = "scope" in parent ? parent.scope : undefined;
  const parentSignal = "scope" in parent ? parent.scope.signal : parent.signal;
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(parentSignal?.reason);
  if (parentSignal?.aborted) onParentAbort();
  else parentSignal?.addEventListener("abort", onParentAbort, { once: true });

  const ownDeadline = limit === undefined ? Number.POSITIVE_INFINITY : startedAt + limit.ms;
  const deadlineAt = Math.min(parentScope?.deadlineAt ?? Number.POSITIVE_INFINITY, ownDeadline);
  const timer =
    limit === undefined
      ? undefined
      : setTimeout(() => controller.abort(timeoutReason(limit)), ownDeadline - performance.now());

  return {
    signal: controller.signal,
    deadlineAt,
    check() {
      if (!controller.signal.aborted) {
        try {
          parentScope?.check();
        } catch {
          onParentAbort();
        }
      }
      if (!controller.signal.aborted && limit !== undefined && performance.now() >= ownDeadline) {
        controller.abort(timeoutReason(limit));
      }
      if (controller.signal.aborted) throw controller.signal.reason;
    },
    close() {
      clearTimeout(timer);
      parentSignal?.removeEventListener("abort", onParentAbort);
    },
  };
}

/** Settles like `promise`, or rejects with the signal's reason as soon as it fires. */
export function raceSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
