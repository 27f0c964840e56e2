import { describe, expect, it } from "vitest";
import type { HttpRequestEvent, HttpResponseEvent, HttpRetryEvent } from "../src/index.js";
import { callerFor, hostile, rejectionOf, token } from "./support.js";

const text = { read: (answer: { text(): string }) => answer.text() };

describe("hooks", () => {
  it("see every request, response and retry, redacted and frozen", async () => {
    let hits = 0;
    const server = await hostile((request, response) => {
      if (++hits === 1) response.writeHead(503, { "x-echo": `${request.headers.token}` }).end();
      else if (request.url?.startsWith("/start")) response.writeHead(307, { location: "/moved" }).end();
      else response.writeHead(200).end("done");
    });
    const events: (HttpRequestEvent | HttpResponseEvent | HttpRetryEvent)[] = [];
    const seen: string[] = [];
    const caller = callerFor(server.url, {
      retry: { retries: 1, minDelayMs: 5, jitter: false },
      hooks: {
        beforeRequest: (event) => {
          events.push(event);
          seen.push(
            `request ${event.attempt}.${event.redirects} ${event.method} ${new URL(event.url).pathname}`,
          );
        },
        afterResponse: (event) => {
          events.push(event);
          seen.push(`response ${event.attempt}.${event.redirects} ${event.status}`);
        },
        beforeRetry: async (event) => {
          events.push(event);
          seen.push(
            `retry after ${event.attempt} in ${event.delayMs} ms: ${event.error.kind} ${event.error.status}`,
          );
        },
      },
    });
    const result = await caller.call({
      operation: "op",
      method: "POST",
      path: "/start",
      query: { key: token, n: 1 },
      headers: { token, "content-type": "text/plain" },
      body: "hello",
      repeatable: true,
      ...text,
    });
    expect(result).toBe("done");
    expect(seen).toEqual([
      "request 1.0 POST /start",
      "response 1.0 503",
      "retry after 1 in 5 ms: http 503",
      "request 2.0 POST /start",
      "response 2.0 307",
      "request 2.1 POST /moved",
      "response 2.1 200",
    ]);
    const first = events[0] as HttpRequestEvent;
    expect(first).toMatchObject({
      operation: "op",
      bodyBytes: 5,
      headers: { token: "[redacted]", "content-type": "text/plain" },
    });
    expect(first.url).toBe(`${server.url}/start?key=[redacted]&n=1`);
    expect((events[1] as HttpResponseEvent).headers["x-echo"]).toBe("[redacted]");
    expect((events[1] as HttpResponseEvent).durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(events)).not.toContain(token);
    for (const event of events) expect(Object.isFrozen(event)).toBe(true);
  });

  it.each(["beforeRequest", "afterResponse", "beforeRetry"] as const)(
    "a %s hook that throws stops the call with kind aborted, its error as cause",
    async (hook) => {
      const server = await hostile((_request, response) => response.writeHead(503).end());
      const failure = new Error(`hook broke near ${token}`);
      const caller = callerFor(server.url, {
        retry: { retries: 2, minDelayMs: 1 },
        hooks: {
          [hook]: () => {
            throw failure;
          },
        },
      });
      const error = await rejectionOf(
        caller.call({ operation: "op", method: "GET", path: "/", repeatable: true, ...text }),
      );
      expect(error).toMatchObject({
        kind: "aborted",
        retryable: false,
        message: `op: stopped: the ${hook} hook threw`,
      });
      expect((error.cause as Error).message).toBe("hook broke near [redacted]");
      expect(server.requests).toHaveLength(hook === "beforeRequest" ? 0 : 1);
    },
  );

  it("an async hook is awaited within the attempt's deadline", async () => {
    const server = await hostile((_request, response) => response.writeHead(200).end("ok"));
    const caller = callerFor(server.url, {
      timeoutMs: 100,
      hooks: { beforeRequest: () => new Promise<void>(() => undefined) },
    });
    const error = await rejectionOf(
      caller.call({ operation: "op", method: "GET", path: "/", repeatable: true, ...text }),
    );
    expect(error.kind).toBe("timeout");
    expect(server.requests).toHaveLength(0);
  });

  it("refuses hooks that are not functions", () => {
    expect(() => callerFor("https://api.example", { hooks: { beforeRequest: "log" as never } })).toThrow(
      "hooks.beforeRequest must be a function",
    );
  });
});
