import type { ServerResponse } from "node:http";
import { isChatwireError } from "@chatwire/errors";
import { type HostileServer, startHostileServer } from "@chatwire/http-core/testing";
import { createRestClient } from "@chatwire/rest-client";
import { afterEach, describe, expect, it } from "vitest";
import { createMaximPlatform, createMemoryRelayStore, PlatformError, relay } from "../src/index.js";
import { createMemoryPlatform } from "../src/testing/index.js";
import { failureOf } from "./support/failure-of.js";

const peer = { kind: "user", id: "7" } as const;
const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function hostile(handler: Parameters<typeof startHostileServer>[0]) {
  const server = await startHostileServer(handler);
  servers.push(server);
  return server;
}

function json(response: ServerResponse, body: string) {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(body);
}

function maximOver(server: HostileServer) {
  const client = createRestClient({
    baseUrl: server.url,
    appId: "app",
    accessToken: "token-4f1e9a27",
    retry: false,
  });
  return createMaximPlatform({ client, selfUserId: "1" });
}

const message = (id: number) =>
  `{"msg_id":${id},"from_xid":{"uid":7},"to_xid":{"uid":1},"ctype":"TEXT","content":"m${id}","timestamp":1700000000000}`;

describe("platform failures", () => {
  it("a MaxIM history whose cursor alternates ends with an invalid-response error", async () => {
    const nexts = [5, 6, 5, 6, 5];
    const server = await hostile((_request, response) => {
      const next = nexts[Math.min(server.requests.length - 1, nexts.length - 1)];
      json(
        response,
        `{"code":200,"data":{"is_last":false,"next_msg_id":${next},"messages":[${message(next!)}]}}`,
      );
    });
    let pages = 0;
    const walk = async () => {
      for await (const _page of maximOver(server).history(peer, { pageSize: 1 })) pages++;
    };
    const error = await failureOf(walk());
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ reason: "invalid-response", kind: "invalid-response", retryable: false });
    expect(server.requests).toHaveLength(3);
    expect(pages).toBe(3);
  });

  it("a client object without the method is a programming error, not retried", async () => {
    const broken = createMaximPlatform({ client: {} as never, selfUserId: "1" });
    const error = await failureOf(broken.send(peer, { content: { kind: "text", text: "x" } }));
    expect(error).toMatchObject({ reason: "internal", kind: "invalid-request", retryable: false });
    expect(error.cause).toBeInstanceOf(TypeError);

    const source = createMemoryPlatform({ name: "source" });
    await source.send(peer, { content: { kind: "text", text: "x" } });
    const events: string[] = [];
    const failure = await relay(
      { platform: source, conversation: peer },
      { platform: broken, conversation: peer },
      {
        store: createMemoryRelayStore(),
        backoff: { retries: 5, minTimeoutMs: 1 },
        onEvent: (event) => events.push(event.type),
      },
    ).catch((caught: unknown) => caught);
    expect(isChatwireError(failure)).toBe(true);
    expect(events).not.toContain("retrying");
  });

  it("the caller's AbortSignal.timeout() is reported as aborted, whatever the client made of it", async () => {
    const server = await hostile(() => {
      // never answers
    });
    const error = await failureOf(
      maximOver(server).send(
        peer,
        { content: { kind: "text", text: "x" } },
        { signal: AbortSignal.timeout(50) },
      ),
    );
    expect(error).toMatchObject({ reason: "aborted", kind: "aborted", retryable: false });
  });

  it("platform errors are chatwire errors carrying the system's code and status", async () => {
    const server = await hostile((_request, response) =>
      json(response, '{"code":20003,"message":"no such user"}'),
    );
    const error = await failureOf(maximOver(server).send(peer, { content: { kind: "text", text: "x" } }));
    expect(isChatwireError(error)).toBe(true);
    expect(error).toMatchObject({
      reason: "rejected",
      kind: "api",
      code: 20003,
      operation: "maxim send",
      method: "send",
      retryable: false,
    });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      kind: "api",
      code: 20003,
      name: "PlatformError",
    });
  });
});
