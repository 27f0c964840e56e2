import { createFakeOpenImServer, loginFakeOpenImSdk } from "@chatwire/openim-types/testing";
import { createRestClient } from "@chatwire/rest-client";
import { type FakeRestServer, startFakeRestServer } from "@chatwire/rest-client/testing";
import { createYunhuClient } from "@chatwire/yunhu-client";
import { type FakeYunhuServer, startFakeYunhuServer } from "@chatwire/yunhu-client/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type ChatPlatform,
  type ConversationRef,
  createMaximPlatform,
  createMemoryRelayStore,
  createOpenImPlatform,
  createYunhuPlatform,
  type RelayStore,
  relay,
} from "../src/index.js";

const community: ConversationRef = { kind: "group", id: "community" };
let yunhuServer: FakeYunhuServer;
let maximServer: FakeRestServer;
let yunhu: ChatPlatform;

beforeEach(async () => {
  yunhuServer = await startFakeYunhuServer({ users: [{ token: "t-mei-token", id: "10001", name: "Mei" }] });
  maximServer = await startFakeRestServer({ userId: 2302128618880n });
  yunhu = createYunhuPlatform({
    client: createYunhuClient({ token: "t-mei-token", baseUrl: yunhuServer.url }),
  });
  await yunhu.send(community, { content: { kind: "text", text: "one" } });
  await yunhu.send(community, { content: { kind: "markdown", markdown: "**two**" } });
  await yunhu.send(community, { content: { kind: "image", url: "https://img.example/3.png" } });
});
afterEach(async () => {
  await Promise.all([yunhuServer.close(), maximServer.close()]);
});

/** A store that loses the outcome of the second sent message once, like a process killed right after that send. */
function crashingAfterSecondSend(): RelayStore {
  const inner = createMemoryRelayStore();
  let sentOutcomes = 0;
  return {
    ...inner,
    async settle(routeId, sourceId, owner, outcome) {
      if (outcome.state === "sent" && ++sentOutcomes === 2) throw new Error("killed");
      return inner.settle(routeId, sourceId, owner, outcome);
    },
  };
}

async function historyOf(platform: ChatPlatform, conversation: ConversationRef) {
  const messages = [];
  for await (const page of platform.history(conversation, { pageSize: 50 }))
    messages.unshift(...page.messages);
  return messages;
}

describe("relay between the real platforms", () => {
  it("Yunhu → OpenIM survives a crash after a send without a duplicate", async () => {
    const { core, sdk } = await loginFakeOpenImSdk({
      userID: "bot",
      server: createFakeOpenImServer({ groups: { desk: ["bot"] } }),
    });
    const openim = createOpenImPlatform({ sdk, selfUserId: "bot" });
    const desk: ConversationRef = { kind: "group", id: "desk" };
    const store = crashingAfterSecondSend();
    const from = { platform: yunhu, conversation: community };
    const to = { platform: openim, conversation: desk };

    await expect(relay(from, to, { store, instanceId: "a" })).rejects.toThrow(/killed/);
    await relay(from, to, { store, instanceId: "a" });
    const copies = await historyOf(openim, desk);
    expect(copies.map((message) => message.content)).toEqual([
      { kind: "text", text: "one" },
      { kind: "text", text: "**two**" },
      { kind: "image", url: "https://img.example/3.png" },
    ]);
    sdk.close();
    core.close();
  });

  it("Yunhu → MaxIM survives a crash after a send without a duplicate", async () => {
    const maxim = createMaximPlatform({
      client: createRestClient({ baseUrl: maximServer.url, appId: "app", accessToken: "maxim-token" }),
      selfUserId: "2302128618880",
    });
    const group: ConversationRef = { kind: "group", id: "9007199254740993" };
    const store = crashingAfterSecondSend();
    const from = { platform: yunhu, conversation: community };
    const to = { platform: maxim, conversation: group };

    await expect(relay(from, to, { store, instanceId: "a" })).rejects.toThrow(/killed/);
    const resumed = await relay(from, to, { store, instanceId: "a" });
    expect(resumed.relayed).toHaveLength(2);
    const copies = await historyOf(maxim, group);
    expect(copies.map((message) => message.content.kind)).toEqual(["text", "text", "image"]);
    // The IDs come from the transaction IDs the sends wrote into ext, and name the copies.
    expect(resumed.relayed.map((item) => item.targetId)).toEqual(
      copies.slice(1).map((message) => message.id),
    );
  });

  it("a message the target can never take is dead-lettered and the route goes on", async () => {
    const maxim = createMaximPlatform({
      client: createRestClient({ baseUrl: maximServer.url, appId: "app", accessToken: "maxim-token" }),
      selfUserId: "2302128618880",
    });
    const group: ConversationRef = { kind: "group", id: "9007199254740993" };
    const from = { platform: yunhu, conversation: community };
    const to = { platform: maxim, conversation: group };
    const store = createMemoryRelayStore();
    // MaxIM has no markdown: with `strict`, the second message can never be sent.
    const report = await relay(from, to, { store, strict: true, maxAttempts: 2 });
    expect(report.relayed).toHaveLength(2);
    expect(report.deadLettered).toEqual([
      { sourceId: expect.any(String), attempts: 2, error: expect.stringMatching(/^invalid-message: /) },
    ]);
    const again = await relay(from, to, { store, strict: true, maxAttempts: 2 });
    expect(again.relayed).toEqual([]);
    expect(again.deadLetters).toEqual(report.deadLettered);
    expect((await historyOf(maxim, group)).map((message) => message.content.kind)).toEqual(["text", "image"]);
  });

  it("MaxIM: identical texts get their own target IDs, found by transaction ID, never by content", async () => {
    const maxim = createMaximPlatform({
      client: createRestClient({ baseUrl: maximServer.url, appId: "app", accessToken: "maxim-token" }),
      selfUserId: "2302128618880",
    });
    const group: ConversationRef = { kind: "group", id: "9007199254740993" };
    const first = await maxim.send(
      group,
      { content: { kind: "text", text: "ok" } },
      { idempotencyKey: "k1" },
    );
    const second = await maxim.send(
      group,
      { content: { kind: "text", text: "ok" } },
      { idempotencyKey: "k2" },
    );
    const repeat = await maxim.send(
      group,
      { content: { kind: "text", text: "ok" } },
      { idempotencyKey: "k1" },
    );
    expect(first.id).toBeDefined();
    expect(second.id).not.toBe(first.id);
    expect(repeat.id).toBe(first.id);
    const stored = await historyOf(maxim, group);
    expect(stored.map((message) => message.id)).toEqual([first.id, second.id]);
    // The transaction mark is chatwire's: readers leave it out of ext.
    expect(stored.every((message) => message.ext === undefined)).toBe(true);
  });

  it("OpenIM: a repeated send is refused with SdkMsgRepeat and reads as the earlier message", async () => {
    const { core, sdk } = await loginFakeOpenImSdk({
      userID: "bot",
      server: createFakeOpenImServer({ groups: { desk: ["bot"] } }),
    });
    const openim = createOpenImPlatform({ sdk, selfUserId: "bot" });
    const desk: ConversationRef = { kind: "group", id: "desk" };
    const text = { content: { kind: "text" as const, text: "hi" } };
    const first = await openim.send(desk, text, { idempotencyKey: "k1" });
    expect((await openim.send(desk, text, { idempotencyKey: "k1" })).id).toBe(first.id);
    expect(await historyOf(openim, desk)).toHaveLength(1);
    sdk.close();
    core.close();
  });

  it("a two-way relay between OpenIM and MaxIM never sends a copy back", async () => {
    const { core, sdk } = await loginFakeOpenImSdk({
      userID: "bot",
      server: createFakeOpenImServer({ groups: { desk: ["bot", "ann"] } }),
    });
    const openim = createOpenImPlatform({ sdk, selfUserId: "bot" });
    const maxim = createMaximPlatform({
      client: createRestClient({ baseUrl: maximServer.url, appId: "app", accessToken: "maxim-token" }),
      selfUserId: "2302128618880",
    });
    const desk = { platform: openim, conversation: { kind: "group", id: "desk" } as ConversationRef };
    const group = {
      platform: maxim,
      conversation: { kind: "group", id: "9007199254740993" } as ConversationRef,
    };
    await openim.send(desk.conversation, { content: { kind: "text", text: "ok" } });
    await maxim.send(group.conversation, { content: { kind: "text", text: "ok" }, ext: "app-data" });
    // Each direction with its own store: only the origin marks in ex / ext stop the echoes.
    const there = createMemoryRelayStore();
    const back = createMemoryRelayStore();
    for (let round = 0; round < 2; round++) {
      await relay(desk, group, { store: there });
      await relay(group, desk, { store: back });
    }
    const onMaxim = await historyOf(maxim, group.conversation);
    const onOpenIm = await historyOf(openim, desk.conversation);
    expect(onMaxim).toHaveLength(2);
    expect(onOpenIm).toHaveLength(2);
    expect(onOpenIm[1]!.origin?.from).toBe("maxim:group:9007199254740993");
    expect(onOpenIm[1]!.ext).toBe("app-data");
    expect(onMaxim[1]!.origin?.from).toBe("openim:group:desk");
    sdk.close();
    core.close();
  });
});
