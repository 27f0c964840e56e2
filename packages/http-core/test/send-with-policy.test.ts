import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { faultFromError } from "../src/legacy/fetch-fault.js";
import { HttpFault } from "../src/legacy/http-fault.js";
import { sendWithPolicy } from "../src/legacy/send-with-policy.js";

const always = () => true;
const never = () => false;
const transient = () => new HttpFault("http", "HTTP 503", { status: 503 });

/** Settles without throwing, so pending rejections under fake timers are never "unhandled". */
function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

/** An attempt that fails the first `failures` times, then resolves with its attempt number. */
function flaky(failures: number, makeError: () => unknown = transient) {
  const calls: { signal: AbortSignal; attemptNumber: number }[] = [];
  const attempt = async (signal: AbortSignal, attemptNumber: number) => {
    calls.push({ signal, attemptNumber });
    if (calls.length <= failures) throw makeError();
    return `ok after ${attemptNumber}`;
  };
  return { attempt, calls };
}

/** An attempt that only ends when its signal fires. */
function hanging(calls: AbortSignal[] = []) {
  return (signal: AbortSignal) =>
    new Promise<never>((_resolve, reject) => {
      calls.push(signal);
      signal.addEventListener("abort", () => reject(faultFromError(signal.reason, signal)), { once: true });
    });
}

describe("sendWithPolicy without timers", () => {
  it("returns the first success and runs one attempt", async () => {
    const { attempt, calls } = flaky(0);
    await expect(sendWithPolicy(attempt, { retryable: always })).resolves.toBe("ok after 1");
    expect(calls.map((call) => call.attemptNumber)).toEqual([1]);
  });

  it("rejects with the very error the attempt threw when it is not retryable", async () => {
    const failure = new HttpFault("http", "HTTP 400", { status: 400 });
    const { attempt, calls } = flaky(5, () => failure);
    await expect(sendWithPolicy(attempt, { retryable: never, retry: { minDelayMs: 0 } })).rejects.toBe(
      failure,
    );
    expect(calls).toHaveLength(1);
  });

  it("makes exactly one attempt with retry: false", async () => {
    const { attempt, calls } = flaky(1);
    await expect(sendWithPolicy(attempt, { retryable: always, retry: false })).rejects.toBeInstanceOf(
      HttpFault,
    );
    expect(calls).toHaveLength(1);
  });

  it("retries TypeErrors too when the predicate says so", async () => {
    const { attempt, calls } = flaky(1, () => new TypeError("not a network error"));
    await expect(sendWithPolicy(attempt, { retryable: always, retry: { minDelayMs: 0 } })).resolves.toBe(
      "ok after 2",
    );
    expect(calls).toHaveLength(2);
  });

  it("passes non-Error throwables back untouched", async () => {
    const { attempt } = flaky(9, () => "a string");
    await expect(sendWithPolicy(attempt, { retryable: always, retry: { minDelayMs: 0 } })).rejects.toBe(
      "a string",
    );
  });

  it("never starts when the caller's signal has already fired", async () => {
    const { attempt, calls } = flaky(0);
    const error = await sendWithPolicy(attempt, { retryable: always, signal: AbortSignal.abort() }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: "aborted" });
    expect(calls).toHaveLength(0);
  });

  it.each([
    [{ retry: { retries: -1 } }],
    [{ retry: { retries: 1.5 } }],
    [{ retry: { factor: 0.5 } }],
    [{ retry: { minDelayMs: Number.NaN } }],
    [{ timeoutMs: 0 }],
    [{ timeoutMs: Number.POSITIVE_INFINITY }],
  ])("rejects invalid settings %o with RangeError before any attempt", async (settings) => {
    const { attempt, calls } = flaky(0);
    await expect(sendWithPolicy(attempt, { retryable: always, ...settings })).rejects.toBeInstanceOf(
      RangeError,
    );
    expect(calls).toHaveLength(0);
  });
});

describe("sendWithPolicy with fake timers", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("backs off exponentially between attempts and gives each a fresh signal", async () => {
    const { attempt, calls } = flaky(2);
    const outcome = settle(
      sendWithPolicy(attempt, { retryable: always, retry: { minDelayMs: 100, factor: 3, jitter: false } }),
    );
    await vi.advanceTimersByTimeAsync(99);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(299);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toEqual({ value: "ok after 3" });
    expect(calls.map((call) => call.attemptNumber)).toEqual([1, 2, 3]);
    expect(new Set(calls.map((call) => call.signal)).size).toBe(3);
  });

  it("caps each delay at maxDelayMs", async () => {
    const { attempt, calls } = flaky(2);
    const outcome = settle(
      sendWithPolicy(attempt, {
        retryable: always,
        retry: { minDelayMs: 100, maxDelayMs: 150, jitter: false },
      }),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(150);
    expect(await outcome).toEqual({ value: "ok after 3" });
  });

  it("spreads jittered delays between one and two times the base delay", async () => {
    const { attempt, calls } = flaky(1);
    const outcome = settle(sendWithPolicy(attempt, { retryable: always, retry: { minDelayMs: 100 } }));
    await vi.advanceTimersByTimeAsync(99);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(101);
    expect(await outcome).toEqual({ value: "ok after 2" });
  });

  it("gives up after the configured retries with the last error", async () => {
    let n = 0;
    const { attempt, calls } = flaky(10, () => new HttpFault("network", `failure ${++n}`));
    const outcome = settle(
      sendWithPolicy(attempt, { retryable: always, retry: { retries: 3, minDelayMs: 10 } }),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    const { error } = await outcome;
    expect(calls).toHaveLength(4);
    expect((error as HttpFault).message).toBe("failure 4");
  });

  it("waits at least as long as Retry-After asks", async () => {
    const { attempt, calls } = flaky(
      1,
      () => new HttpFault("http", "HTTP 429", { status: 429, retryAfterMs: 1000 }),
    );
    const outcome = settle(
      sendWithPolicy(attempt, { retryable: always, retry: { minDelayMs: 10, jitter: false } }),
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toEqual({ value: "ok after 2" });
  });

  it("keeps its own backoff when that is longer than Retry-After", async () => {
    const { attempt, calls } = flaky(
      1,
      () => new HttpFault("http", "HTTP 503", { status: 503, retryAfterMs: 0 }),
    );
    const outcome = settle(
      sendWithPolicy(attempt, { retryable: always, retry: { minDelayMs: 200, jitter: false } }),
    );
    await vi.advanceTimersByTimeAsync(199);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toEqual({ value: "ok after 2" });
  });

  it("stops at once when Retry-After exceeds maxRetryAfterMs, keeping the hint", async () => {
    const { attempt, calls } = flaky(
      1,
      () => new HttpFault("http", "HTTP 503", { status: 503, retryAfterMs: 60_000 }),
    );
    const error = await sendWithPolicy(attempt, {
      retryable: always,
      retry: { maxRetryAfterMs: 5000 },
    }).catch((e: unknown) => e);
    expect(calls).toHaveLength(1);
    expect(error).toMatchObject({ status: 503, retryAfterMs: 60_000 });
  });

  it("times out each attempt separately and retries timeouts when allowed", async () => {
    const signals: AbortSignal[] = [];
    const outcome = settle(
      sendWithPolicy(hanging(signals), {
        timeoutMs: 50,
        retryable: (error) => error instanceof HttpFault && error.kind === "timeout",
        retry: { retries: 1, minDelayMs: 10, jitter: false },
      }),
    );
    await vi.advanceTimersByTimeAsync(50);
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(signals).toHaveLength(2);
    expect(signals[1]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    const { error } = await outcome;
    expect(error).toMatchObject({ kind: "timeout", message: "request timed out after 50 ms" });
  });

  it("does not retry once the caller cancels during an attempt", async () => {
    const signals: AbortSignal[] = [];
    const caller = new AbortController();
    const outcome = settle(
      sendWithPolicy(hanging(signals), {
        signal: caller.signal,
        retryable: always,
        retry: { minDelayMs: 1 },
      }),
    );
    await vi.advanceTimersByTimeAsync(5);
    caller.abort();
    await vi.advanceTimersByTimeAsync(1000);
    expect(signals).toHaveLength(1);
    expect((await outcome).error).toMatchObject({ kind: "aborted" });
  });

  it("stops waiting when the caller cancels between attempts", async () => {
    const { attempt, calls } = flaky(5);
    const caller = new AbortController();
    const outcome = settle(
      sendWithPolicy(attempt, { signal: caller.signal, retryable: always, retry: { minDelayMs: 1000 } }),
    );
    await vi.advanceTimersByTimeAsync(500);
    caller.abort();
    const { error } = await outcome;
    expect(error).toBeInstanceOf(HttpFault);
    expect(error).toMatchObject({ kind: "aborted" });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
  });

  it("stops waiting out a Retry-After when the caller cancels", async () => {
    const { attempt, calls } = flaky(
      5,
      () => new HttpFault("http", "HTTP 429", { status: 429, retryAfterMs: 5000 }),
    );
    const caller = new AbortController();
    const outcome = settle(sendWithPolicy(attempt, { signal: caller.signal, retryable: always }));
    await vi.advanceTimersByTimeAsync(100);
    caller.abort();
    expect((await outcome).error).toMatchObject({ kind: "aborted" });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
  });
});
