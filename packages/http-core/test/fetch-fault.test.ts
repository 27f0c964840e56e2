import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { openAttemptScope } from "../src/legacy/attempt-scope.js";
import { faultFromError, faultFromResponse } from "../src/legacy/fetch-fault.js";
import { HttpFault } from "../src/legacy/http-fault.js";

let server: Server | undefined;

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function faultOf(url: string, signal: AbortSignal): Promise<HttpFault> {
  try {
    const response = await fetch(url, { signal });
    await response.text();
  } catch (error) {
    return faultFromError(error, signal);
  }
  throw new Error("expected the request to fail");
}

describe("faultFromError", () => {
  it("reports a reset connection as a network fault with the socket code", async () => {
    const url = await serve((request) => request.socket.destroy());
    const fault = await faultOf(url, new AbortController().signal);
    expect(fault.kind).toBe("network");
    expect(fault.status).toBe(0);
    expect(fault.message).toMatch(/network failure/);
    expect(fault.cause).toBeInstanceOf(Error);
  });

  it("reports a refused connection as a network fault", async () => {
    const url = await serve(() => {});
    server?.close();
    await once(server as Server, "close");
    const fault = await faultOf(url, new AbortController().signal);
    expect(fault.kind).toBe("network");
    expect(fault.message).toMatch(/ECONNREFUSED/);
  });

  it("reports an attempt that runs out of time as a timeout", async () => {
    const url = await serve(() => {
      // never answers
    });
    const scope = openAttemptScope(undefined, 30);
    const fault = await faultOf(url, scope.signal);
    scope.close();
    expect(fault.kind).toBe("timeout");
    expect(fault.message).toBe("request timed out after 30 ms");
  });

  it("reports the caller's cancellation as aborted, even through an attempt scope", async () => {
    const url = await serve(() => {});
    const caller = new AbortController();
    const scope = openAttemptScope(caller.signal, 5000);
    setTimeout(() => caller.abort(), 10);
    const fault = await faultOf(url, scope.signal);
    scope.close();
    expect(fault.kind).toBe("aborted");
  });

  it("passes an HttpFault through unchanged", () => {
    const original = new HttpFault("body", "bad body", { status: 200 });
    expect(faultFromError(original, new AbortController().signal)).toBe(original);
  });
});

describe("faultFromResponse", () => {
  it("carries status and Retry-After seconds", async () => {
    const url = await serve((_request, response) => {
      response.writeHead(503, { "retry-after": "2" }).end("busy");
    });
    const response = await fetch(url);
    const fault = faultFromResponse(response);
    await response.body?.cancel();
    expect(fault).toMatchObject({
      kind: "http",
      status: 503,
      retryAfterMs: 2000,
      message: "HTTP 503 Service Unavailable",
    });
  });

  it("reads an HTTP-date Retry-After", () => {
    const later = new Date(Date.now() + 60_000).toUTCString();
    const fault = faultFromResponse(new Response(null, { status: 429, headers: { "retry-after": later } }));
    expect(fault.retryAfterMs).toBeGreaterThan(55_000);
    expect(fault.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it("leaves retryAfterMs unset without the header", () => {
    const fault = faultFromResponse(new Response(null, { status: 404, statusText: "Not Found" }));
    expect(fault).toMatchObject({ kind: "http", status: 404, message: "HTTP 404 Not Found" });
    expect(fault.retryAfterMs).toBeUndefined();
  });
});
