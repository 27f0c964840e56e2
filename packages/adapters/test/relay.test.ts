import { describe, expect, it } from "vitest";
import {
  type ChatMessage,
  ChatwireAdapterError,
  type ConversationRef,
  createMemoryRelayStore,
  createRelayRoute,
  RelayError,
  type RelayEvent,
  type RelayOptions,
  type RelayStore,
  relay,
} from "../src/index.js";
import { createMemoryPlatform, type MemoryPlatform } from "../src/testing/index.js";

const community: ConversationRef = { kind: "group", id: "community" };
const desk: ConversationRef = { kind: "group", id: "desk" };
const fast = { minTimeoutMs: 1, maxTimeoutMs: 2 };
const ROUTE = "yunhu-like:group:community->openim-like:group:desk";

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A target whose every call takes 0–`maxMs` ms, as over a network. */
function withLatency(platform: MemoryPlatform, maxMs: number): MemoryPlatform {
  const send = platform.send.bind(platform);
  platform.send = async (...args) => {
    await sleep(Math.random() * maxMs);
    const sent = await send(...args);
    await sleep(Math.random() * maxMs);
    return sent;
  };
  return platform;
}

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
    expect(target.sendCount).toBe(6);
  });

  it("needs a store: there is no silent per-call default", async () => {
    const { from, to } = setup(1);
    await expect(relay(from, to, {} as RelayOptions)).rejects.toBeInstanceOf(ChatwireAdapterError);
    expect(() => createRelayRoute(from, to, {} as RelayOptions)).toThrow(/needs a store/);
  });

  it("a route run again sends nothing twice", async () => {
    const { target, from, to } = setup(3);
    const route = createRelayRoute(from, to, { store: createMemoryRelayStore() });
    expect((await route.run()).relayed).toHaveLength(3);
    expect((await route.run()).relayed).toHaveLength(0);
    expect(target.sendCount).toBe(3);
  });

  it("sends each message once when instances on one store race, over a slow transport", async () => {
    for (let trial = 0; trial < 5; trial++) {
      const { source, target, from, to } = setup(8);
      withLatency(target, 20);
      const store = createMemoryRelayStore();
      const reports = await Promise.all([relay(from, to, { store }), relay(from, to, { store })]);
      expect(reports.flatMap((report) => report.relayed.map((item) => item.sourceId)).sort()).toEqual(
        source
          .messages(community)
          .map((message) => message.id)
          .sort(),
      );
      expect(texts(target.messages(desk)).sort()).toEqual(["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"]);
      expect(target.sendCount).toBe(8);
    }
  });

  it("sends a message once when the relay stopped between sending and recording it", async () => {
    const { target, from, to } = setup(3);
    const inner = createMemoryRelayStore();
    let crashOnce = true;
    // Loses the outcome of the second message, as a process killed right after that send would.
    const store: RelayStore = {
      ...inner,
      settle: async (routeId, sourceId, owner, outcome) => {
        if (crashOnce && outcome.state === "sent" && sourceId === "yunhu-like-2") {
          crashOnce = false;
          throw new Error("process killed");
        }
        return inner.settle(routeId, sourceId, owner, outcome);
      },
    };
    const failure = await relay(from, to, { store, instanceId: "relay-1" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RelayError);
    expect((failure as RelayError).report.relayed).toHaveLength(1);
    expect(target.sendCount).toBe(2);
    expect(await inner.get(ROUTE, "yunhu-like-2")).toMatchObject({ state: "pending", leaseOwner: "relay-1" });

    // Restarted under the same name, it takes its claim back at once and resends with the same key.
    const resumed = await relay(from, to, { store, instanceId: "relay-1" });
    expect(resumed.relayed.map((item) => item.sourceId)).toEqual(["yunhu-like-2", "yunhu-like-3"]);
    expect(target.sendCount).toBe(3);
    expect(texts(target.messages(desk))).toEqual(["m1", "m2", "m3"]);
  });

  it("takes over a dead instance's claim once its lease expires, even behind newer messages", async () => {
    const { target, from, to } = setup(3);
    const store = createMemoryRelayStore();
    // An instance claimed m2 and died holding it.
    await store.claim(ROUTE, "yunhu-like-2", "dead-instance", 150);
    const first = await relay(from, to, { store, leaseMs: 150 });
    expect(first.relayed.map((item) => item.sourceId)).toEqual(["yunhu-like-1", "yunhu-like-3"]);
    await sleep(200);
    const second = await relay(from, to, { store, leaseMs: 150 });
    expect(second.relayed.map((item) => item.sourceId)).toEqual(["yunhu-like-2"]);
    expect(texts(target.messages(desk)).sort()).toEqual(["m1", "m2", "m3"]);
  });

  it("backs off and retries sends that fail, counting the attempts", async () => {
    const { target, from, to } = setup(1);
    target.failNext("send", 2, "unavailable");
    const events: RelayEvent[] = [];
    const store = createMemoryRelayStore();
    const report = await relay(from, to, { store, backoff: fast, onEvent: (event) => events.push(event) });
    expect(report.relayed).toHaveLength(1);
    expect(events.map((event) => event.type)).toEqual(["retrying", "retrying", "relayed"]);
    expect(await store.get(ROUTE, "yunhu-like-1")).toMatchObject({ state: "sent", attempts: 2 });
  });

  it("dead-letters a message that keeps failing and goes on; a re-drive sends it", async () => {
    const { source, target, from, to } = setup(3);
    const store = createMemoryRelayStore();
    const poison = source.messages(community)[1]!.id;
    const send = target.send.bind(target);
    let refuse = true;
    target.send = async (conversation, message, options) => {
      if (refuse && message.content.kind === "text" && message.content.text === "m2") {
        target.failNext("send", 1, "rejected");
      }
      return send(conversation, message, options);
    };
    const route = createRelayRoute(from, to, { store, maxAttempts: 3, backoff: fast });
    const report = await route.run();
    expect(report.relayed.map((item) => item.sourceId)).toEqual(["yunhu-like-1", "yunhu-like-3"]);
    expect(report.deadLettered).toEqual([
      {
        sourceId: poison,
        attempts: 3,
        error: expect.stringMatching(/^rejected: .*injected rejected failure/),
      },
    ]);
    expect(report.deadLetters).toEqual(report.deadLettered);
    expect(await route.deadLetters()).toEqual(report.deadLettered);
    expect((await route.run()).relayed).toEqual([]);

    refuse = false;
    expect(await route.redrive()).toBe(1);
    const redriven = await route.run();
    expect(redriven.relayed.map((item) => item.sourceId)).toEqual([poison]);
    expect(redriven.deadLetters).toEqual([]);
    expect(texts(target.messages(desk))).toEqual(["m1", "m3", "m2"]);
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

  it("marks copies with their origin, so a two-way relay never sends one back", async () => {
    const { source, target, from, to } = setup(2);
    // Separate stores: the origin marker alone recognises the copies.
    await relay(from, to, { store: createMemoryRelayStore() });
    expect(target.messages(desk)[0]!.origin).toEqual({
      route: ROUTE,
      from: "yunhu-like:group:community",
      sourceId: "yunhu-like-1",
    });
    target.receive(desk, { senderId: "agent", content: { kind: "text", text: "answer" } });
    const back = await relay(to, from, { store: createMemoryRelayStore() });
    expect(back.relayed).toHaveLength(1);
    expect(back.skipped.map((item) => item.reason)).toEqual(["written by a relay", "written by a relay"]);
    expect(texts(source.messages(community))).toEqual(["m1", "m2", "answer"]);
  });

  it("recognises copies through the store where the target keeps no marker", async () => {
    const { source, target, from, to } = setup(1);
    const send = target.send.bind(target);
    // A target without an extension field: the marker is lost on the way.
    target.send = (conversation, { origin: _origin, ...message }, options) =>
      send(conversation, message, options);
    const store = createMemoryRelayStore();
    await relay(from, to, { store });
    expect(target.messages(desk)[0]!.origin).toBeUndefined();
    const back = await relay(to, from, { store });
    expect(back.skipped.map((item) => item.reason)).toEqual(["written by a relay"]);
    expect(texts(source.messages(community))).toEqual(["m1"]);
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
    await relay(from, to, { store: createMemoryRelayStore(), since: 3 });
    expect(texts(target.messages(desk))).toEqual(["m3", "m4"]);
  });

  it("keeps following until aborted", async () => {
    const { source, target, from, to } = setup(1);
    const controller = new AbortController();
    const seen: string[] = [];
    const running = relay(from, to, {
      store: createMemoryRelayStore(),
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
