import { describe, expect, it } from "vitest";
import { ContentType, RestApiError, TargetType } from "../src/index.js";
import { rejectionOf, setup } from "./helpers.js";

const alice = 101;
const bob = 202;

function text(content: string, extra: object = {}) {
  return { targets: [bob], type: TargetType.USER, content, content_type: ContentType.TEXT, ...extra };
}

describe("safe calls are retried", () => {
  it("retries a GET after a 503 and succeeds", async () => {
    const { client, server } = await setup();
    server.failNext("GET /message/unread", { status: 503 });
    await expect(client.listUnread()).resolves.toEqual([]);
    expect(server.requests.map((request) => request.path)).toEqual(["/message/unread", "/message/unread"]);
  });

  it("retries a GET after a reset connection and after a timeout", async () => {
    const { client, server } = await setup({ userId: alice });
    // Margins wide enough for a loaded machine: the slow answer is far past the limit, which is far
    // past a normal answer.
    server.failNext("GET /message/conversation", { reset: true }, { delayMs: 4000 });
    const page = await client.getConversationMessages(
      { opposite_id: bob, msg_id_start: 0, limit: 5 },
      { timeoutMs: 1000 },
    );
    expect(page.is_last).toBe(true);
    expect(server.requests).toHaveLength(3);
    expect(new Set(server.requests.map((request) => JSON.stringify(request.query))).size).toBe(1);
  });

  it("retries a DELETE", async () => {
    const { client, server } = await setup();
    server.failNext("DELETE /message/conversation", { status: 500 });
    await expect(client.deleteConversation({ conversation_id: bob })).resolves.toBe(true);
    expect(server.requests).toHaveLength(2);
  });

  it("re-sends a send carrying transaction_id with the identical body, and the server keeps one message", async () => {
    const { client, server } = await setup({ userId: alice });
    // The first attempt is processed but answered too late: only deduplication prevents a double send.
    server.failNext("POST /message/send", { delayMs: 2500 });
    const body = text("exactly once", {
      transaction_id: 2n ** 60n + 7n,
      attachment: { url: "https://cdn.example/x" },
    });
    await expect(client.sendMessage(body, { timeoutMs: 1000 })).resolves.toBe(true);

    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body).toBe(server.requests[0]?.body);
    expect(server.requests[0]?.body).toContain('"transaction_id":1152921504606846983');
    await new Promise((resolve) => setTimeout(resolve, 2500)); // let the late first attempt land
    const page = await client.getConversationMessages({ opposite_id: bob, msg_id_start: 0, limit: 10 });
    expect(page.messages?.map((message) => message.content)).toEqual(["exactly once"]);
  });

  it("retries a notification carrying transaction_id", async () => {
    const { client, server } = await setup();
    server.failNext("POST /message/notify", { status: 503 });
    await expect(client.sendNotification(text("note", { transaction_id: 1 }))).resolves.toBe(true);
    expect(server.requests).toHaveLength(2);
    expect(server.notifications).toHaveLength(1);
  });

  it("waits as long as Retry-After asks before the next attempt", async () => {
    const { client, server } = await setup();
    server.failNext("GET /message/unread", { status: 429, headers: { "retry-after": "1" } });
    await client.listUnread();
    const [first, second] = server.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it("gives up after the configured retries with the last failure", async () => {
    const { client, server } = await setup({ retry: { retries: 3, minDelayMs: 1 } });
    server.failNext(
      "GET /message/unread",
      { status: 503 },
      { status: 503 },
      { status: 503 },
      { status: 504 },
    );
    const error = await rejectionOf(client.listUnread());
    expect(error).toMatchObject({ kind: "http", status: 504 });
    expect(server.requests).toHaveLength(4);
  });

  it("reports the server's Retry-After when it is longer than the client will wait", async () => {
    const { client, server } = await setup({ retry: { maxRetryAfterMs: 1000 } });
    server.failNext("GET /message/unread", { status: 503, headers: { "retry-after": "120" } });
    const error = await rejectionOf(client.listUnread());
    expect(error).toMatchObject({ kind: "http", status: 503, retryAfterMs: 120_000 });
    expect(server.requests).toHaveLength(1);
  });
});

describe("unsafe calls are not retried", () => {
  it("does not retry a send without transaction_id", async () => {
    const { client, server } = await setup();
    server.failNext("POST /message/send", { status: 503 });
    const error = await rejectionOf(client.sendMessage(text("maybe twice")));
    expect(error).toBeInstanceOf(RestApiError);
    expect(error).toMatchObject({ kind: "http", status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a send without transaction_id after a timeout", async () => {
    const { client, server } = await setup();
    server.failNext("POST /message/send", { delayMs: 3000 });
    expect(await rejectionOf(client.sendMessage(text("slow"), { timeoutMs: 1000 }))).toMatchObject({
      kind: "timeout",
    });
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a recall", async () => {
    const { client, server } = await setup();
    server.failNext("POST /message/recall", { reset: true });
    expect(await rejectionOf(client.recallMessage({ conversation_id: bob, msg_id: 1 }))).toMatchObject({
      kind: "network",
    });
    expect(server.requests).toHaveLength(1);
  });

  it("never retries business errors or client errors, even for GETs", async () => {
    const { client, server } = await setup();
    server.failNext("GET /message/unread", { envelope: { code: 500, message: "internal" } }, { status: 400 });
    expect(await rejectionOf(client.listUnread())).toMatchObject({ kind: "api", code: 500 });
    expect(await rejectionOf(client.listUnread())).toMatchObject({ kind: "http", status: 400 });
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry when retries are switched off for the client or for one call", async () => {
    const { client, server } = await setup({ retry: false });
    server.failNext("GET /message/unread", { status: 503 });
    await rejectionOf(client.listUnread());
    expect(server.requests).toHaveLength(1);
    server.failNext("GET /message/unread", { status: 503 });
    await expect(client.listUnread({ retry: { minDelayMs: 1 } })).resolves.toEqual([]);
    expect(server.requests).toHaveLength(3);
  });
});
