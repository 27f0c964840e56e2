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

/** A store that loses the record of the second relayed message once, like a process killed right after that send. */
function crashingAfterSecondSend(): RelayStore {
  const inner = createMemoryRelayStore();
  let relayedRecords = 0;
  return {
    get: (key) => inner.get(key),
    async set(key, record) {
      if (record.state === "relayed" && key.startsWith("relay:") && ++relayedRecords === 2)
        throw new Error("killed");
      await inner.set(key, record);
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

    await expect(relay(from, to, { store })).rejects.toThrow(/killed/);
    await relay(from, to, { store });
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

    await expect(relay(from, to, { store })).rejects.toThrow(/killed/);
    const resumed = await relay(from, to, { store });
    expect(resumed.relayed).toHaveLength(2);
    const copies = await historyOf(maxim, group);
    expect(copies.map((message) => message.content.kind)).toEqual(["text", "text", "image"]);
    expect(resumed.relayed.every((item) => item.targetId !== undefined)).toBe(true);
  });
});
