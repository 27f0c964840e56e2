import { encodeFfiResult } from "@chatwire/openim-types";
import { FfiResult } from "@chatwire/openim-types/ffi";
import { createFakeOpenImCore, createFakeOpenImServer } from "@chatwire/openim-types/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  type ChatMessage,
  type ConversationRef,
  createOpenImPlatform,
  OpenImCallError,
  type PlatformEvent,
  UnsupportedContentError,
} from "../src/index.js";
import { failureOf } from "./support/failure-of.js";

const group: ConversationRef = { kind: "group", id: "g-support" };
const cores: { close(): void }[] = [];

function connect(
  userID: string,
  server = createFakeOpenImServer({ groups: { "g-support": ["agent", "bob"] } }),
) {
  const core = createFakeOpenImCore({ userID, server });
  cores.push(core);
  const platform = createOpenImPlatform({
    transport: (request) => core.call(request),
    events: (listener) => core.onEvent(listener),
    selfUserId: userID,
  });
  return { core, server, platform };
}

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function allMessages(
  platform: ReturnType<typeof connect>["platform"],
  conversation: ConversationRef,
  pageSize = 2,
) {
  const pages: ChatMessage[][] = [];
  for await (const page of platform.history(conversation, { pageSize })) pages.push(page.messages);
  return pages;
}

describe("OpenIM platform over the fake SDK core", () => {
  it("sends every kind OpenIM carries and reads them back through history, page by page", async () => {
    const { platform } = connect("agent");
    const sent = [
      await platform.send(group, { content: { kind: "text", text: "hello" } }),
      await platform.send(group, {
        content: { kind: "image", url: "https://img.example/a.png", width: 4, height: 3 },
      }),
      await platform.send(group, {
        content: { kind: "location", latitude: 1.5, longitude: 2.5, description: "desk" },
      }),
      await platform.send(group, {
        content: { kind: "text", text: "@bob look" },
        mentions: [{ userId: "bob", name: "Bob" }],
      }),
      await platform.send(group, { content: { kind: "markdown", markdown: "**done**" } }),
    ];
    expect(sent.every((result) => result.id && result.message?.id === result.id)).toBe(true);
    expect(sent[4]!.losses.map((loss) => loss.fallback)).toEqual(["text-rendering"]);

    const pages = await allMessages(platform, group);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    const oldestFirst = pages.reverse().flat();
    expect(oldestFirst.map((message) => message.id)).toEqual(sent.map((result) => result.id));
    expect(oldestFirst.map((message) => message.content.kind)).toEqual([
      "text",
      "image",
      "location",
      "text",
      "text",
    ]);
    expect(oldestFirst[3]!.mentions).toEqual([{ userId: "bob", name: "Bob" }]);
    expect(
      oldestFirst.every(
        (message) => message.sender.id === "agent" && message.conversation.id === "g-support",
      ),
    ).toBe(true);
  });

  it("delivers new messages and recalls to subscribers, and history shows the recall", async () => {
    const agent = connect("agent");
    const bob = connect("bob", agent.server);
    const events: PlatformEvent[] = [];
    const unsubscribe = bob.platform.subscribe!((event) => events.push(event));
    const { id } = await agent.platform.send(group, { content: { kind: "text", text: "ping" } });
    await agent.platform.recall(group, id!);
    await new Promise((resolve) => setTimeout(resolve, 10));
    unsubscribe();
    expect(events).toMatchObject([
      { type: "message", message: { id, content: { kind: "text", text: "ping" }, sender: { id: "agent" } } },
      { type: "recalled", messageId: id, recalledBy: "agent" },
    ]);
    const [page] = await allMessages(bob.platform, group, 10);
    expect(page![0]).toMatchObject({ id, content: { kind: "notification", event: "message-recalled" } });
    expect(page![0]!.recalledAt).toBeGreaterThan(0);
  });

  it("talks one-to-one under the SDK's conversation IDs", async () => {
    const agent = connect("agent");
    const bob = connect("bob", agent.server);
    await agent.platform.send({ kind: "user", id: "bob" }, { content: { kind: "text", text: "hi bob" } });
    const [page] = await allMessages(bob.platform, { kind: "user", id: "agent" }, 10);
    expect(page!.map((message) => [message.conversation, message.sender.id])).toEqual([
      [{ kind: "user", id: "agent" }, "agent"],
    ]);
  });

  it("sends once per idempotency key", async () => {
    const { platform } = connect("agent");
    const first = await platform.send(
      group,
      { content: { kind: "text", text: "once" } },
      { idempotencyKey: "k-1" },
    );
    const again = await platform.send(
      group,
      { content: { kind: "text", text: "once" } },
      { idempotencyKey: "k-1" },
    );
    expect(again.id).toBe(first.id);
    expect((await allMessages(platform, group, 10)).flat()).toHaveLength(1);
  });

  it("fails with typed errors that keep the core's error as cause", async () => {
    const { platform } = connect("agent");
    const refused = await failureOf(
      platform.send({ kind: "group", id: "nowhere" }, { content: { kind: "text", text: "x" } }),
    );
    expect(refused).toMatchObject({
      name: "PlatformError",
      platform: "openim",
      operation: "send",
      code: "rejected",
    });
    expect(refused.cause).toBeInstanceOf(OpenImCallError);
    expect((refused.cause as OpenImCallError).errCode).toBe(1004);

    const strict = await failureOf(
      platform.send(group, { content: { kind: "html", html: "<b>x</b>" } }, { strict: true }),
    );
    expect(strict.code).toBe("invalid-message");
    expect(strict.cause).toBeInstanceOf(UnsupportedContentError);
    expect(platform.edit).toBeUndefined();
    expect(platform.capabilities.edit).toBe(false);
  });

  it("reports transport faults as retryable and bad answers as invalid responses", async () => {
    const down = createOpenImPlatform({
      transport: async () => Promise.reject(new Error("socket closed")),
      selfUserId: "agent",
    });
    const unavailable = await failureOf(down.send(group, { content: { kind: "text", text: "x" } }));
    expect(unavailable.code).toBe("unavailable");
    expect(unavailable.retryable).toBe(true);

    const garbage = createOpenImPlatform({
      transport: async () => new Uint8Array([0xff, 0xff, 0xff]),
      selfUserId: "agent",
    });
    expect((await failureOf(garbage.send(group, { content: { kind: "text", text: "x" } }))).code).toBe(
      "invalid-response",
    );

    // A sendTime beyond 2^53 cannot be a number: the answer is refused, not rounded.
    const huge = createOpenImPlatform({
      selfUserId: "agent",
      transport: async (request) => {
        const handleID = 1;
        const answer = FfiResult.decode(encodeFfiResult("SendMessage", { message: undefined }, { handleID }));
        const tooBig = new Uint8Array([
          0x0a, 0x0a, 0x20, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40,
        ]);
        void request;
        return FfiResult.encode({ ...answer, data: tooBig }).finish();
      },
    });
    const rounded = await failureOf(huge.send(group, { content: { kind: "text", text: "x" } }));
    expect(rounded.code).toBe("invalid-response");
    expect(String((rounded.cause as Error).message)).toMatch(/sendTime: 4611686018427387904 is beyond/);
  });

  it("refuses a subscription without an event source", () => {
    const platform = createOpenImPlatform({ transport: async () => new Uint8Array(), selfUserId: "agent" });
    expect(platform.subscribe).toBeUndefined();
    expect(platform.capabilities.events).toBe(false);
  });
});
