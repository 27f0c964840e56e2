import { describe, expect, it } from "vitest";
import {
  type ChatMessage,
  type ConversationRef,
  createMemoryRelayStore,
  PlatformError,
  RelayError,
  type RelayEvent,
  type RelayStore,
  relay,
} from "../src/index.js";
import { createMemoryPlatform } from "../src/testing/index.js";

const community: ConversationRef = { kind: "group", id: "community" };
const desk: ConversationRef = { kind: "group", id: "desk" };
const fast = { retries: 3, minTimeoutMs: 1, maxTimeoutMs: 2 };

function setup(count: number) {
  const source = createMemoryPlatform({ name: "yunhu-like" });
  const target = createMemoryPlatform({ name: "openim-like" });
  for (let i = 1; i <= count; i++)
    source.receive(community, { senderId: "mei", content: { kind: "text", text: `m${i}` } });
  return {
    source,
    target,
    from: { platform: source, conversation: community },
    to: { platform: target, conversation: desk },
  };
}

const texts = (messages: ChatMessage[]) =>
  messages.map((message) => (message.content.kind === "text" ? message.content.text : message.content.kind));

describe("relay", () => {
  it("moves every message oldest first, then only new ones", async () => {
    const { source, target, from, to } = setup(5);
    const store = createMemoryRelayStore();
    const first = await relay(from, to, { store, pageSize: 2 });
    expect(first.relayed.map((item) => item.sourceId)).toEqual(
      source.messages(community).map((message) => message.id),
    );
    expect(texts(target.messages(desk))).toEqual(["m1", "m2", "m3", "m4", "m5"]);

    expect((await relay(from, to, { store, pageSize: 2 })).relayed).toEqual([]);
    source.receive(community, { senderId: "mei", content: { kind: "text", text: "m6" } });
    const third = await relay(from, to, { store, pageSize: 2 });
    expect(third.relayed).toHaveLength(1);
    expect(texts(target.messages(desk))).toEqual(["m1", "m2", "m3", "m4", "m5", "m6"]);
  });

  it("resumes after a failure without repeating or missing a message", async () => {
    const { target, from, to } = setup(4);
    const store = createMemoryRelayStore();
    let sends = 0;
    const original = target.send.bind(target);
    target.send = async (...args) => {
      if (++sends === 3)
        throw new PlatformError("refused", {
          platform: "openim-like",
          operation: "send",
          reason: "rejected",
        });
      return original(...args);
    };
    const failure = await relay(from, to, { store, backoff: fast }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RelayError);
    expect((failure as RelayError).report.relayed).toHaveLength(2);
    expect(((failure as RelayError).cause as PlatformError).reason).toBe("rejected");
    expect(sends).toBe(3);

    const resumed = await relay(from, to, { store, backoff: fast });
    expect(resumed.relayed).toHaveLength(2);
    expect(texts(target.messages(desk))).toEqual(["m1", "m2", "m3", "m4"]);
  });

  it("sends a message once when the relay stopped between sending and recording it", async () => {
    const { target, from, to } = setup(3);
    const inner = createMemoryRelayStore();
    let crashOnce = true;
    // Loses the "relayed" record of the second message, as a process killed right after the send would.
    const store: RelayStore = {
      get: (key) => inner.get(key),
      set: async (key, record) => {
        if (crashOnce && record.state === "relayed" && key.endsWith(":yunhu-like-2")) {
          crashOnce = false;
          throw new Error("process killed");
        }
        await inner.set(key, record);
      },
    };
    await expect(relay(from, to, { store })).rejects.toThrow(/process killed/);
    expect(target.sendCount).toBe(2);
    expect(
      (await inner.get("relay:yunhu-like:group:community->openim-like:group:desk:yunhu-like-2"))?.state,
    ).toBe("pending");

    const resumed = await relay(from, to, { store });
    expect(resumed.relayed.map((item) => item.sourceId)).toEqual(["yunhu-like-2", "yunhu-like-3"]);
    // The retried send reused the idempotency key: the target kept one copy.
    expect(target.sendCount).toBe(3);
    expect(texts(target.messages(desk))).toEqual(["m1", "m2", "m3"]);
  });

  it("backs off and retries sends that fail transiently", async () => {
    const { target, from, to } = setup(1);
    target.failNext("send", 2, "unavailable");
    const events: RelayEvent[] = [];
    const report = await relay(from, to, { backoff: fast, onEvent: (event) => events.push(event) });
    expect(report.relayed).toHaveLength(1);
    expect(events.map((event) => event.type)).toEqual(["retrying", "retrying", "relayed"]);
  });

  it("gives up after the backoff budget and keeps the platform error as cause", async () => {
    const { target, from, to } = setup(1);
    target.failNext("send", 10, "unavailable");
    const failure = (await relay(from, to, { backoff: fast }).catch((error: unknown) => error)) as RelayError;
    expect(failure).toBeInstanceOf(RelayError);
    expect(failure.cause).toBeInstanceOf(PlatformError);
    expect(target.messages(desk)).toEqual([]);
  });

  it("skips recalled messages, typing notices and what transform drops, and records them", async () => {
    const { source, target, from, to } = setup(0);
    const recalled = source.receive(community, { senderId: "a", content: { kind: "text", text: "oops" } });
    await source.recall(community, recalled.id);
    source.receive(community, {
      senderId: "a",
      content: { kind: "notification", event: "typing", text: "typing" },
    });
    source.receive(community, { senderId: "bot", content: { kind: "text", text: "/internal" } });
    source.receive(community, { senderId: "a", content: { kind: "text", text: "hello" } });
    const store = createMemoryRelayStore();
    const report = await relay(from, to, {
      store,
      transform: (message) => (message.sender.id === "bot" ? undefined : { content: message.content }),
    });
    expect(report.skipped.map((item) => item.reason)).toEqual([
      "recalled",
      "typing notice",
      "dropped by transform",
    ]);
    expect(texts(target.messages(desk))).toEqual(["hello"]);
    expect((await relay(from, to, { store })).skipped).toEqual([]);
  });

  it("never relays back what it wrote, so two-way relays do not loop", async () => {
    const { source, target, from, to } = setup(2);
    const store = createMemoryRelayStore();
    await relay(from, to, { store });
    target.receive(desk, { senderId: "agent", content: { kind: "text", text: "answer" } });
    const back = await relay(to, from, { store });
    expect(back.relayed).toHaveLength(1);
    expect(back.skipped.map((item) => item.reason)).toEqual(["written by a relay", "written by a relay"]);
    expect(texts(source.messages(community))).toEqual(["m1", "m2", "answer"]);
    expect((await relay(from, to, { store })).relayed).toEqual([]);
  });

  it("points quotes of relayed messages at their copies on the target", async () => {
    const { source, target, from, to } = setup(1);
    const store = createMemoryRelayStore();
    await relay(from, to, { store });
    const original = source.messages(community)[0]!;
    source.receive(community, {
      senderId: "mei",
      content: { kind: "text", text: "reply" },
      quote: { messageId: original.id, text: "m1" },
    });
    await relay(from, to, { store });
    const [copy, reply] = target.messages(desk);
    expect(reply!.quote).toEqual({ messageId: copy!.id, text: "m1" });
  });

  it("ignores messages older than since", async () => {
    const { target, from, to } = setup(4);
    await relay(from, to, { since: 3 });
    expect(texts(target.messages(desk))).toEqual(["m3", "m4"]);
  });

  it("keeps following until aborted", async () => {
    const { source, target, from, to } = setup(1);
    const controller = new AbortController();
    const seen: string[] = [];
    const running = relay(from, to, {
      follow: { intervalMs: 5 },
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type !== "relayed") return;
        seen.push(event.source.id);
        if (seen.length === 1)
          source.receive(community, { senderId: "mei", content: { kind: "text", text: "later" } });
        if (seen.length === 2) controller.abort();
      },
    });
    const report = await running;
    expect(report.relayed).toHaveLength(2);
    expect(texts(target.messages(desk))).toEqual(["m1", "later"]);
  });
});
