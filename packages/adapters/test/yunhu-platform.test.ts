import { createYunhuClient, YunhuApiError } from "@chatwire/yunhu-client";
import { type FakeYunhuServer, startFakeYunhuServer } from "@chatwire/yunhu-client/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type ChatMessage,
  type ConversationRef,
  createYunhuPlatform,
  InvalidSourceMessageError,
} from "../src/index.js";
import { failureOf } from "./support/failure-of.js";

const token = "yunhu-secret-token-91ab";
const group: ConversationRef = { kind: "group", id: "big" };
let server: FakeYunhuServer;

beforeEach(async () => {
  server = await startFakeYunhuServer({ users: [{ token, id: "10001", name: "Mei" }] });
});
afterEach(() => server.close());

function platformWith(userToken = token) {
  return createYunhuPlatform({
    client: createYunhuClient({ token: userToken, baseUrl: server.url, retry: false, timeoutMs: 2000 }),
  });
}

async function history(platform: ReturnType<typeof platformWith>, pageSize = 2) {
  const pages: ChatMessage[][] = [];
  for await (const page of platform.history(group, { pageSize })) pages.push(page.messages);
  return pages;
}

describe("Yunhu platform over the fake server", () => {
  it("sends each kind with buttons, mentions and quotes, and reads them back", async () => {
    const platform = platformWith();
    const first = await platform.send(group, { content: { kind: "text", text: "printer broken" } });
    const sent = [
      first,
      await platform.send(group, {
        content: { kind: "markdown", markdown: "Fixed in **v2**" },
        quote: { messageId: first.id!, text: "printer broken" },
        mentions: [{ userId: "10002" }],
        buttons: [[{ text: "Notes", action: "link", url: "https://notes.example" }]],
      }),
      await platform.send(group, { content: { kind: "image", url: "https://img.example/i.jpg" } }),
      await platform.send(group, {
        content: { kind: "post", title: "Release", body: "# v2", format: "markdown" },
      }),
      await platform.send(group, { content: { kind: "custom", type: "form", data: '{"id":"f"}' } }),
    ];
    expect(sent.every((result) => /^[0-9a-f]{32}$/.test(result.id!))).toBe(true);

    const pages = await history(platform);
    expect(pages.length).toBeGreaterThan(1);
    const byId = new Map(pages.flat().map((message) => [message.id, message]));
    expect([...byId.keys()].sort()).toEqual(sent.map((result) => result.id!).sort());
    expect(byId.get(sent[1]!.id!)).toMatchObject({
      content: { kind: "markdown", markdown: "Fixed in **v2**" },
      quote: { messageId: first.id, text: "printer broken" },
      mentions: [{ userId: "10002" }],
      buttons: [[{ text: "Notes", action: "link", url: "https://notes.example" }]],
      sender: { id: "10001", name: "Mei", kind: "user" },
      conversation: group,
    });
    expect(byId.get(sent[2]!.id!)!.content).toEqual({ kind: "image", url: "https://img.example/i.jpg" });
    expect(byId.get(sent[3]!.id!)!.content).toEqual({
      kind: "post",
      title: "Release",
      body: "# v2",
      format: "markdown",
    });
    expect(byId.get(sent[4]!.id!)!.content).toEqual({ kind: "custom", type: "form", data: '{"id":"f"}' });
  });

  it("edits and recalls", async () => {
    const platform = platformWith();
    const { id } = await platform.send(group, { content: { kind: "text", text: "draft" } });
    const edited = await platform.edit!(group, id!, { content: { kind: "html", html: "<b>final</b>" } });
    expect(edited.losses).toEqual([]);
    let [message] = (await history(platform, 10)).flat();
    expect(message!.content).toEqual({ kind: "html", html: "<b>final</b>" });
    expect(message!.editedAt).toBeGreaterThan(0);

    await platform.recall(group, id!);
    [message] = (await history(platform, 10)).flat();
    expect(message!.recalledAt).toBeGreaterThan(0);
  });

  it("sends once per idempotency key", async () => {
    const platform = platformWith();
    const a = await platform.send(
      group,
      { content: { kind: "text", text: "once" } },
      { idempotencyKey: "route:7" },
    );
    const b = await platform.send(
      group,
      { content: { kind: "text", text: "once" } },
      { idempotencyKey: "route:7" },
    );
    expect(b.id).toBe(a.id);
    expect(server.messages({ chatId: "big", chatType: 2 })).toHaveLength(1);
  });

  it("fails with typed errors, never showing the token", async () => {
    const denied = await failureOf(
      platformWith("not-the-token-55").send(group, { content: { kind: "text", text: "x" } }),
    );
    expect(denied).toMatchObject({ platform: "yunhu", method: "send", reason: "rejected" });
    expect(denied.cause).toBeInstanceOf(YunhuApiError);
    expect(`${denied.message} ${(denied.cause as Error).message}`).not.toContain("not-the-token-55");

    server.injectFault({ kind: "status", status: 502 }, { path: "/v1/msg/list-message" });
    const down = await failureOf(history(platformWith()));
    expect(down).toMatchObject({ method: "history", reason: "unavailable" });
    expect(down.message).not.toContain(token);

    const other = await failureOf(platformWith().recall(group, "no-such-message"));
    expect(other.reason).toBe("rejected");
  });

  it("reports a stored message it cannot read as an invalid response, naming the field", async () => {
    const client = createYunhuClient({ token, baseUrl: server.url, retry: false });
    await client.sendMessage({
      chatId: "big",
      chatType: 2,
      contentType: 1,
      data: { text: "x", buttons: "[[{broken" },
    });
    const failure = await failureOf(history(platformWith()));
    expect(failure).toMatchObject({ method: "history", reason: "invalid-response" });
    expect(failure.cause).toBeInstanceOf(InvalidSourceMessageError);
    expect((failure.cause as InvalidSourceMessageError).field).toBe("content.buttons");
  });
});
