import { encodeFfiResult } from "@chatwire/openim-types";
import { FfiRequest, FfiResult } from "@chatwire/openim-types/ffi";
import { createOpenImSdk, OpenImSdkError, type OpenImSdkTransport } from "@chatwire/openim-types/sdk";
import { createFakeOpenImServer, loginFakeOpenImSdk } from "@chatwire/openim-types/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  type ChatMessage,
  type ConversationRef,
  createOpenImPlatform,
  type PlatformEvent,
  UnsupportedContentError,
} from "../src/index.js";
import { failureOf } from "./support/failure-of.js";

const group: ConversationRef = { kind: "group", id: "g-support" };
const opened: { close(): void }[] = [];

async function connect(
  userID: string,
  server = createFakeOpenImServer({ groups: { "g-support": ["agent", "bob"] } }),
) {
  const { core, sdk } = await loginFakeOpenImSdk({ userID, server });
  opened.push(sdk, core);
  const platform = createOpenImPlatform({ sdk, selfUserId: userID });
  return { core, sdk, server, platform };
}

/** A platform over a core that answers every request with `answer(request)`, at once. */
function platformAnswering(answer: (request: FfiRequest, handle: number) => Uint8Array | Error) {
  let onResult: (bytes: Uint8Array) => void = () => {};
  let next = 1;
  const transport: OpenImSdkTransport = {
    init: (sink) => {
      onResult = sink;
    },
    request: (bytes) => {
      const handle = next++;
      const result = answer(FfiRequest.decode(bytes), handle);
      if (result instanceof Error) throw result;
      onResult(result);
      return handle;
    },
  };
  const sdk = createOpenImSdk({ transport, timeoutMs: 500 });
  opened.push(sdk);
  return createOpenImPlatform({ sdk, selfUserId: "agent" });
}

afterEach(() => {
  for (const item of opened.splice(0)) item.close();
});

async function allMessages(
  platform: Awaited<ReturnType<typeof connect>>["platform"],
  conversation: ConversationRef,
  pageSize = 2,
) {
  const pages: ChatMessage[][] = [];
  for await (const page of platform.history(conversation, { pageSize })) pages.push(page.messages);
  return pages;
}

describe("OpenIM platform over the fake SDK core", () => {
  it("sends every kind OpenIM carries and reads them back through history, page by page", async () => {
    const { platform } = await connect("agent");
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
    const agent = await connect("agent");
    const bob = await connect("bob", agent.server);
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
    const agent = await connect("agent");
    const bob = await connect("bob", agent.server);
    await agent.platform.send({ kind: "user", id: "bob" }, { content: { kind: "text", text: "hi bob" } });
    const [page] = await allMessages(bob.platform, { kind: "user", id: "agent" }, 10);
    expect(page!.map((message) => [message.conversation, message.sender.id])).toEqual([
      [{ kind: "user", id: "agent" }, "agent"],
    ]);
  });

  it("sends once per idempotency key", async () => {
    const { platform } = await connect("agent");
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

  it("still sends once when many messages came after the first attempt", async () => {
    const { platform } = await connect("agent");
    const first = await platform.send(
      group,
      { content: { kind: "text", text: "once" } },
      { idempotencyKey: "k-2" },
    );
    for (let i = 0; i < 60; i++)
      await platform.send(group, { content: { kind: "text", text: `filler ${i}` } });
    const again = await platform.send(
      group,
      { content: { kind: "text", text: "once" } },
      { idempotencyKey: "k-2" },
    );
    expect(again.id).toBe(first.id);
    const texts = (await allMessages(platform, group, 100)).flat().map((m) => m.content);
    expect(texts.filter((content) => content.kind === "text" && content.text === "once")).toHaveLength(1);
  });

  it("fails with typed errors that keep the core's error as cause", async () => {
    const { platform } = await connect("agent");
    const refused = await failureOf(
      platform.send({ kind: "group", id: "nowhere" }, { content: { kind: "text", text: "x" } }),
    );
    expect(refused).toMatchObject({
      name: "PlatformError",
      platform: "openim",
      method: "send",
      operation: "openim send",
      reason: "rejected",
      kind: "api",
      code: 1201,
      retryable: false,
    });
    expect(refused.cause).toBeInstanceOf(OpenImSdkError);
    expect(refused.cause).toMatchObject({
      code: 1201,
      codeName: "SrvGroupIDNotFound",
      operation: "SendMessage",
    });

    const strict = await failureOf(
      platform.send(group, { content: { kind: "html", html: "<b>x</b>" } }, { strict: true }),
    );
    expect(strict.reason).toBe("invalid-message");
    expect(strict.cause).toBeInstanceOf(UnsupportedContentError);
    expect(platform.edit).toBeUndefined();
    expect(platform.capabilities.edit).toBe(false);
  });

  it("reports transport faults as retryable and bad answers as invalid responses", async () => {
    const down = platformAnswering(() => new Error("library not loaded"));
    const unavailable = await failureOf(down.send(group, { content: { kind: "text", text: "x" } }));
    expect(unavailable.reason).toBe("unavailable");
    expect(unavailable.retryable).toBe(true);
    expect(unavailable.cause).toMatchObject({ kind: "network" });

    const garbage = platformAnswering((_request, handle) =>
      FfiResult.encode({
        errCode: 0,
        errMsg: "",
        funcName: 6,
        data: new Uint8Array([0xff]),
        handleID: handle,
      }).finish(),
    );
    expect((await failureOf(garbage.send(group, { content: { kind: "text", text: "x" } }))).reason).toBe(
      "invalid-response",
    );

    // A sendTime beyond 2^53 cannot be a number: the answer is refused, not rounded.
    const huge = platformAnswering((_request, handle) => {
      const answer = FfiResult.decode(
        encodeFfiResult("SendMessage", { message: undefined }, { handleID: handle }),
      );
      const tooBig = new Uint8Array([0x0a, 0x0a, 0x20, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40]);
      return FfiResult.encode({ ...answer, data: tooBig }).finish();
    });
    const rounded = await failureOf(huge.send(group, { content: { kind: "text", text: "x" } }));
    expect(rounded.reason).toBe("invalid-response");
    expect(String(((rounded.cause as Error).cause as Error).message)).toMatch(
      /sendTime: 4611686018427387904 is beyond/,
    );
  });

  it("passes the caller's signal to the core call", async () => {
    const { platform } = await connect("agent");
    const controller = new AbortController();
    controller.abort();
    const aborted = await failureOf(
      platform.send(group, { content: { kind: "text", text: "x" } }, { signal: controller.signal }),
    );
    expect(aborted.reason).toBe("aborted");
  });

  it("always has an event source: the client's own events", async () => {
    const { platform } = await connect("agent");
    expect(platform.capabilities.events).toBe(true);
    expect(typeof platform.subscribe).toBe("function");
  });
});
