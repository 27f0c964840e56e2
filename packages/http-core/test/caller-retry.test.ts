import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { callerFor, hostile, rejectionOf } from "./support.js";

const fast = { retries: 2, minDelayMs: 1, maxDelayMs: 2, jitter: false } as const;
const text = { read: (answer: { text(): string }) => answer.text() };

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("what is repeated", () => {
  it("a repeatable request after 503, timeouts and resets, until it succeeds", async () => {
    let hits = 0;
    const server = await hostile((request, response) => {
      hits++;
      if (hits === 1) response.writeHead(503).end();
      else if (hits === 2) request.socket.destroy();
      else response.writeHead(200).end("third time");
    });
    await expect(
      callerFor(server.url, { retry: fast }).call({
        operation: "op",
        method: "GET",
        path: "/",
        repeatable: true,
        ...text,
      }),
    ).resolves.toBe("third time");
  });

  it("a request unsafe to repeat is not repeated after an unknown outcome", async () => {
    const server = await hostile((_request, response) => response.writeHead(503).end());
    const error = await rejectionOf(
      callerFor(server.url, { retry: fast }).call({
        operation: "op",
        method: "POST",
        path: "/",
        repeatable: false,
        ...text,
      }),
    );
    expect(error).toMatchObject({ kind: "http", status: 503, retryable: true });
    expect(server.requests).toHaveLength(1);
  });

  it("a request unsafe to repeat is repeated after a 429, which says nothing was done", async () => {
    let hits = 0;
    const server = await hostile((_request, response) => {
      if (++hits === 1) response.writeHead(429, { "retry-after": "0" }).end();
      else response.writeHead(200).end("ok");
    });
    await expect(
      callerFor(server.url, { retry: fast }).call({
        operation: "op",
        method: "POST",
        path: "/",
        repeatable: false,
        ...text,
      }),
    ).resolves.toBe("ok");
  });

  it("a request unsafe to repeat is repeated after a refused connection", async () => {
    let calls = 0;
    const port = await closedPort();
    const error = await rejectionOf(
      callerFor(`http://127.0.0.1:${port}`, {
        retry: fast,
        fetch: (input, init) => {
          calls++;
          return fetch(input, init);
        },
      }).call({ operation: "op", method: "POST", path: "/", repeatable: false, ...text }),
    );
    expect(error.kind).toBe("network");
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(calls).toBe(3);
  });

  it.each([
    [
      "too large",
      (response: import("node:http").ServerResponse) => response.writeHead(200).end("x".repeat(100)),
      "too-large",
    ],
    [
      "not JSON",
      (response: import("node:http").ServerResponse) => response.writeHead(200).end("{"),
      "invalid-response",
    ],
    [
      "a cross-origin redirect",
      (response: import("node:http").ServerResponse) =>
        response.writeHead(307, { location: "http://example.invalid/" }).end(),
      "redirect",
    ],
    ["a 400", (response: import("node:http").ServerResponse) => response.writeHead(400).end(), "http"],
  ])("never repeats %s", async (_name, answer, kind) => {
    const server = await hostile((_request, response) => answer(response));
    const error = await rejectionOf(
      callerFor(server.url, { retry: fast, maxResponseBytes: 10 }).call({
        operation: "op",
        method: "GET",
        path: "/",
        repeatable: true,
        read: (answer) => answer.json(),
      }),
    );
    expect(error.kind).toBe(kind);
    expect(server.requests).toHaveLength(1);
  });

  it("never repeats a request fetch refused to send (a programming error)", async () => {
    let calls = 0;
    const error = await rejectionOf(
      callerFor("https://api.example", {
        retry: fast,
        fetch: async () => {
          calls++;
          throw new TypeError('Headers.append: "bad\\n" is an invalid header value.');
        },
      }).call({ operation: "op", method: "GET", path: "/", repeatable: true, ...text }),
    );
    expect(error).toMatchObject({
      kind: "invalid-request",
      message: "op: the request could not be sent (TypeError)",
    });
    expect(calls).toBe(1);
  });

  it("a read that fails unexpectedly is invalid-response, not repeated", async () => {
    const server = await hostile((_request, response) => response.writeHead(200).end("ok"));
    const error = await rejectionOf(
      callerFor(server.url, { retry: fast }).call({
        operation: "op",
        method: "GET",
        path: "/",
        repeatable: true,
        read: () => (undefined as unknown as { x: { y: number } }).x.y,
      }),
    );
    expect(error.kind).toBe("invalid-response");
    expect(server.requests).toHaveLength(1);
  });

  it("retry options use the one vocabulary and are checked", () => {
    expect(() => callerFor("https://api.example", { retry: { retries: -1 } })).toThrow(RangeError);
    expect(() => callerFor("https://api.example", { retry: { minDelayMs: -5 } })).toThrow("retry.minDelayMs");
    expect(() => callerFor("https://api.example", { retry: "yes" as never })).toThrow(TypeError);
  });
});

describe("guarded fetch (for libraries that take a fetch)", () => {
  it("returns every status with its body, follows no redirect and refuses other origins", async () => {
    const server = await hostile((request, response) => {
      if (request.url === "/moved") response.writeHead(302, { location: "/elsewhere" }).end();
      else response.writeHead(404, { "content-type": "application/json" }).end('{"code":404}');
    });
    const caller = callerFor(server.url);
    const response = await caller.fetch(`${server.url}/missing`, { method: "POST", body: "{}" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 404 });
    expect((await rejectionOf(caller.fetch(`${server.url}/moved`))).kind).toBe("redirect");
    const other = await rejectionOf(caller.fetch("http://example.invalid/x"));
    expect(other).toMatchObject({ kind: "invalid-request", operation: "GET /x" });
    expect(server.requests.map((r) => r.url)).toEqual(["/missing", "/moved"]);
  });

  it("bounds the answer like any call", async () => {
    const server = await hostile((_request, response) => response.writeHead(200).end("x".repeat(1000)));
    const error = await rejectionOf(callerFor(server.url, { maxResponseBytes: 100 }).fetch(`${server.url}/`));
    expect(error.kind).toBe("too-large");
  });
});

describe("per-call input from JavaScript", () => {
  it("refuses call options that are not an object, or a signal that is not an AbortSignal", async () => {
    const caller = callerFor("https://api.example", { fetch: async () => new Response("never") });
    const request = { operation: "op", method: "GET", path: "/", repeatable: true, ...text };
    for (const options of [null, 5, { signal: "stop" }, { signal: {} }]) {
      const error = await rejectionOf(caller.call(request, options as never));
      expect(error).toMatchObject({ kind: "invalid-request", retryable: false });
    }
    expect((await rejectionOf(caller.call({ ...request, path: "no-slash" }))).message).toBe(
      "op: request not sent: request path must start with /",
    );
    expect((await rejectionOf(caller.fetch("not a url"))).kind).toBe("invalid-request");
  });
});
