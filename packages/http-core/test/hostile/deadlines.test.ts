import { describe, expect, it } from "vitest";
import { sendTrickle } from "../../src/testing/index.js";
import { callerFor, hostile, measure, rejectionOf } from "../support.js";

const get = { operation: "op", method: "GET", path: "/", repeatable: true } as const;
const text = { read: (answer: { text(): string }) => answer.text() };

describe("timeoutMs bounds each attempt end to end", () => {
  it("a body that trickles past the deadline is a timeout at the deadline, not when it ends", async () => {
    const server = await hostile((_request, response) =>
      sendTrickle(response, { chunk: "x", everyMs: 50, times: 200 }),
    );
    const { value: error, ms } = await measure("trickle past 300 ms deadline", () =>
      rejectionOf(callerFor(server.url, { timeoutMs: 300 }).call({ ...get, ...text })),
    );
    expect(error).toMatchObject({ kind: "timeout", status: 0, retryable: true });
    expect(error.message).toBe("op: the attempt ran out of time (300 ms)");
    expect(ms).toBeLessThan(5_000); // the trickle would last 10 s
  });

  it("headers that never come are a timeout", async () => {
    const server = await hostile(() => new Promise(() => undefined));
    const error = await rejectionOf(callerFor(server.url, { timeoutMs: 100 }).call({ ...get, ...text }));
    expect(error.kind).toBe("timeout");
  });

  it("a synchronous read (parse, decode) that runs past the deadline does not resolve", async () => {
    const server = await hostile((_request, response) => response.writeHead(200).end("ok"));
    const busyRead = {
      read: () => {
        const until = performance.now() + 250;
        while (performance.now() < until) {
          // a long decode: no timer can fire meanwhile
        }
        return "decoded";
      },
    };
    const error = await rejectionOf(callerFor(server.url, { timeoutMs: 100 }).call({ ...get, ...busyRead }));
    expect(error).toMatchObject({ kind: "timeout", message: "op: the attempt ran out of time (100 ms)" });
  });

  it("answer.checkDeadline() lets a long decode stop early with the call's timeout", async () => {
    const server = await hostile((_request, response) => response.writeHead(200).end("ok"));
    let loops = 0;
    const error = await rejectionOf(
      callerFor(server.url, { timeoutMs: 1_000 }).call({
        ...get,
        read: (answer) => {
          for (;;) {
            loops++;
            answer.checkDeadline();
          }
        },
      }),
    );
    expect(error.kind).toBe("timeout");
    expect(loops).toBeGreaterThan(0);
  });

  it("an async read still running at the deadline is a timeout", async () => {
    const server = await hostile((_request, response) => response.writeHead(200).end("ok"));
    const error = await rejectionOf(
      callerFor(server.url, { timeoutMs: 100 }).call({
        ...get,
        read: () => new Promise<never>(() => undefined),
      }),
    );
    expect(error.kind).toBe("timeout");
  });
});

describe("totalTimeoutMs bounds the call, retries and waits included", () => {
  it("ends a call whose attempts keep timing out", async () => {
    const server = await hostile(() => new Promise(() => undefined));
    const caller = callerFor(server.url, {
      timeoutMs: 200,
      totalTimeoutMs: 500,
      retry: { retries: 10, minDelayMs: 1, maxDelayMs: 1 },
    });
    const { value: error, ms } = await measure("attempts hanging, total 500 ms", () =>
      rejectionOf(caller.call({ ...get, ...text })),
    );
    expect(error.kind).toBe("timeout");
    expect(ms).toBeLessThan(2_000);
    expect(server.requests.length).toBeLessThanOrEqual(4);
  });

  it("does not start a wait it cannot finish: the last error ends the call", async () => {
    const server = await hostile((_request, response) =>
      response.writeHead(503, { "retry-after": "20" }).end(),
    );
    const caller = callerFor(server.url, {
      totalTimeoutMs: 10_000,
      retry: { retries: 5, minDelayMs: 1, maxRetryAfterMs: 60_000 },
    });
    const { value: error, ms } = await measure("Retry-After past the total", () =>
      rejectionOf(caller.call({ ...get, ...text })),
    );
    expect(error).toMatchObject({ kind: "http", status: 503, retryAfterMs: 20_000 });
    expect(ms).toBeLessThan(10_000);
    expect(server.requests).toHaveLength(1);
  });

  it("a backoff longer than the time left ends the call with the last error, without waiting", async () => {
    const server = await hostile((_request, response) => response.writeHead(503).end());
    const caller = callerFor(server.url, {
      totalTimeoutMs: 3_000,
      retry: { retries: 5, minDelayMs: 5_000, maxDelayMs: 5_000, jitter: false },
    });
    const { value: error, ms } = await measure("backoff past the total", () =>
      rejectionOf(caller.call({ ...get, ...text })),
    );
    expect(error).toMatchObject({ kind: "http", status: 503 });
    expect(server.requests).toHaveLength(1);
    expect(ms).toBeLessThan(3_000);
  });
});

describe("the caller's signal", () => {
  it("cancels as aborted, also when it is an AbortSignal.timeout(), and is never retried", async () => {
    const server = await hostile(() => new Promise(() => undefined));
    const caller = callerFor(server.url, { retry: { retries: 3, minDelayMs: 1 } });
    const error = await rejectionOf(caller.call({ ...get, ...text }, { signal: AbortSignal.timeout(1_000) }));
    expect(error).toMatchObject({
      kind: "aborted",
      retryable: false,
      message: "op: cancelled by the caller's signal",
    });
    expect(server.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const server = await hostile((_request, response) => response.end());
    const error = await rejectionOf(
      callerFor(server.url).call({ ...get, ...text }, { signal: AbortSignal.abort() }),
    );
    expect(error.kind).toBe("aborted");
    expect(server.requests).toHaveLength(0);
  });
});
