import { createRestClient, RestApiError } from "@chatwire/rest-client";
import { type FakeRestServer, startFakeRestServer } from "@chatwire/rest-client/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ChatMessage, type ConversationRef, createMaximPlatform, InvalidIdError } from "../src/index.js";
import { failureOf } from "./support/failure-of.js";

const token = "maxim-secret-token-6d1f";
const self = 2302128618880n;
const peer: ConversationRef = { kind: "user", id: "2302128618881" };
let server: FakeRestServer;

beforeEach(async () => {
  // Message IDs start beyond 2^53, so every ID below must stay exact.
  server = await startFakeRestServer({
    appId: "app",
    accessToken: token,
    userId: self,
    firstMessageId: 2n ** 60n,
  });
});
afterEach(() => server.close());

function platformWith(accessToken = token) {
  const client = createRestClient({
    baseUrl: server.url,
    appId: "app",
    accessToken,
    retry: false,
    timeoutMs: 2000,
  });
  return createMaximPlatform({ client, selfUserId: self.toString() });
}

async function history(platform: ReturnType<typeof platformWith>, pageSize = 2) {
  const pages: ChatMessage[][] = [];
  for await (const page of platform.history(peer, { pageSize })) pages.push(page.messages);
  return pages;
}

describe("MaxIM platform over the fake REST server", () => {
  it("sends each kind, learns the exact int64 IDs and pages back through history", async () => {
    const platform = platformWith();
    const sent = [
      await platform.send(peer, { content: { kind: "text", text: "hello" } }),
      await platform.send(peer, {
        content: { kind: "image", url: "https://img.example/a.jpg", name: "a.jpg", size: 10 },
      }),
      await platform.send(peer, {
        content: { kind: "location", latitude: 39.9, longitude: 116.4, description: "HQ" },
      }),
      await platform.send(peer, { content: { kind: "custom", data: '{"op":1}' } }),
      await platform.send(peer, { content: { kind: "markdown", markdown: "*hi*" } }),
    ];
    expect(sent.map((result) => result.id)).toEqual(
      [0n, 1n, 2n, 3n, 4n].map((n) => (2n ** 60n + n).toString()),
    );
    expect(sent[4]!.losses.map((loss) => loss.fallback)).toEqual(["text-rendering"]);

    const pages = await history(platform);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    const oldestFirst = pages.reverse().flat();
    expect(oldestFirst.map((message) => message.id)).toEqual(sent.map((result) => result.id));
    expect(oldestFirst.map((message) => message.content)).toEqual([
      { kind: "text", text: "hello" },
      { kind: "image", url: "https://img.example/a.jpg", name: "a.jpg", size: 10 },
      { kind: "location", latitude: 39.9, longitude: 116.4, description: "HQ" },
      { kind: "custom", data: '{"op":1}' },
      { kind: "text", text: "*hi*" },
    ]);
    expect(oldestFirst[0]!.sender).toEqual({ id: self.toString() });
  });

  it("recalls a message", async () => {
    const platform = platformWith();
    const keep = await platform.send(peer, { content: { kind: "text", text: "keep" } });
    const drop = await platform.send(peer, { content: { kind: "text", text: "drop" } });
    await platform.recall(peer, drop.id!);
    expect((await history(platform, 10)).flat().map((message) => message.id)).toEqual([keep.id]);
    const again = await failureOf(platform.recall(peer, drop.id!));
    expect(again.reason).toBe("rejected");
    expect(again.cause).toBeInstanceOf(RestApiError);
  });

  it("sends once per idempotency key", async () => {
    const platform = platformWith();
    await platform.send(peer, { content: { kind: "text", text: "once" } }, { idempotencyKey: "route:42" });
    await platform.send(peer, { content: { kind: "text", text: "once" } }, { idempotencyKey: "route:42" });
    expect((await history(platform, 10)).flat()).toHaveLength(1);
    const bodies = server.requests
      .filter((request) => request.path === "/message/send")
      .map((request) => request.body);
    expect(new Set(bodies).size).toBe(1);
  });

  it("fails with typed errors, never showing the token", async () => {
    const denied = await failureOf(
      platformWith("wrong-token-value").send(peer, { content: { kind: "text", text: "x" } }),
    );
    expect(denied).toMatchObject({ platform: "maxim", method: "send", reason: "rejected" });
    expect(denied.cause).toBeInstanceOf(RestApiError);
    expect((denied.cause as RestApiError).code).toBe(401);
    expect(`${denied.message} ${(denied.cause as Error).message}`).not.toContain("wrong-token-value");

    server.failNext("POST /message/send", { status: 503 });
    const busy = await failureOf(platformWith().send(peer, { content: { kind: "text", text: "x" } }));
    expect(busy.reason).toBe("unavailable");
    expect(busy.retryable).toBe(true);
    expect(busy.message).not.toContain(token);

    const badId = await failureOf(
      platformWith().send({ kind: "user", id: "bob" }, { content: { kind: "text", text: "x" } }),
    );
    expect(badId.reason).toBe("invalid-message");
    expect(badId.cause).toBeInstanceOf(InvalidIdError);
  });

  it("has no edit", () => {
    const platform = platformWith();
    expect(platform.edit).toBeUndefined();
    expect(platform.capabilities).toEqual({ edit: false, recall: true, events: false });
  });
});
