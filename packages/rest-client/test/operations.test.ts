import { describe, expect, it } from "vitest";
import { ContentType, createRestClient, parseAttachment, TargetType } from "../src/index.js";
import { defaultFakeUserId } from "../src/testing/index.js";
import { accessToken, appId, rejectionOf, setup } from "./helpers.js";

const alice = 2302128618880;
const bob = 2302128618881;
const carol = 2302128618882;
const team = 4400000000001;

function text(content: string, to: number = bob) {
  return { targets: [to], type: TargetType.USER, content, content_type: ContentType.TEXT };
}

describe("sendMessage", () => {
  it("stores a text message the receiver's conversation then shows", async () => {
    const { client, server } = await setup({ userId: alice });
    await expect(client.sendMessage(text("hello"))).resolves.toBe(true);

    const page = await client.getConversationMessages(
      { opposite_id: alice, msg_id_start: 0, limit: 10 },
      { userId: bob },
    );
    expect(page.is_last).toBe(true);
    expect(page.messages).toHaveLength(1);
    expect(page.messages?.[0]).toMatchObject({
      content: "hello",
      ctype: "TEXT",
      status: "UNREAD",
      attachment: "",
      from_xid: { uid: alice },
      to_xid: { uid: bob },
    });
    const request = server.requests[0];
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/message/send");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({ ...text("hello"), attachment: "" });
  });

  it("encodes an attachment given as an object", async () => {
    const { client } = await setup({ userId: alice });
    const attachment = { url: "https://cdn.example/a.amr", dName: "a.amr", fLen: 1670, duration: 1 };
    await client.sendMessage({ ...text("voice"), content_type: ContentType.AUDIO, attachment });
    const page = await client.getConversationMessages({ opposite_id: bob, msg_id_start: 0, limit: 1 });
    const stored = page.messages?.[0];
    expect(stored?.ctype).toBe("AUDIO");
    expect(parseAttachment(stored?.attachment ?? "")).toEqual(attachment);
  });

  it("sends to every target, and to groups by group ID", async () => {
    const { client } = await setup({ userId: alice });
    await client.sendMessage({ ...text("to both"), targets: [bob, carol] });
    await client.sendMessage({ ...text("to the team"), targets: [team], type: TargetType.GROUP });

    for (const peer of [bob, carol]) {
      const page = await client.getConversationMessages({ opposite_id: peer, msg_id_start: 0, limit: 5 });
      expect(page.messages?.map((message) => message.content)).toEqual(["to both"]);
    }
    const group = await client.getConversationMessages({ opposite_id: team, msg_id_start: 0, limit: 5 });
    expect(group.messages?.map((message) => [message.content, message.status])).toEqual([
      ["to the team", "DELIVERED"],
    ]);
  });

  it("sends as the token's own user when no one is named", async () => {
    const { client } = await setup();
    await client.sendMessage(text("from the token owner"));
    const page = await client.getConversationMessages(
      { opposite_id: defaultFakeUserId, msg_id_start: 0, limit: 1 },
      { userId: bob },
    );
    expect(page.messages?.[0]?.from_xid?.uid).toBe(Number(defaultFakeUserId));
  });
});

describe("sendNotification", () => {
  it("delivers a notification without adding it to any conversation", async () => {
    const { client, server } = await setup({ userId: alice });
    await expect(
      client.sendNotification({ ...text("maintenance at noon"), targets: [bob, carol] }),
    ).resolves.toBe(true);
    expect(server.notifications).toEqual([
      expect.objectContaining({
        content: "maintenance at noon",
        targets: [BigInt(bob), BigInt(carol)],
        from: BigInt(alice),
      }),
    ]);
    expect(server.requests[0]?.path).toBe("/message/notify");
    const page = await client.getConversationMessages({ opposite_id: bob, msg_id_start: 0, limit: 5 });
    expect(page.messages).toEqual([]);
  });
});

describe("recallMessage", () => {
  it("removes the message, and a second recall is a business error", async () => {
    const { client } = await setup({ userId: alice });
    await client.sendMessage(text("oops"));
    await client.sendMessage(text("kept"));
    const before = await client.getConversationMessages({ opposite_id: bob, msg_id_start: 0, limit: 5 });
    const oops = before.messages?.find((message) => message.content === "oops");
    const params = { conversation_id: bob, msg_id: oops?.msg_id ?? 0 };

    await expect(client.recallMessage(params)).resolves.toBe(true);
    const after = await client.getConversationMessages({ opposite_id: bob, msg_id_start: 0, limit: 5 });
    expect(after.messages?.map((message) => message.content)).toEqual(["kept"]);

    const error = await rejectionOf(client.recallMessage(params));
    expect(error).toMatchObject({
      kind: "api",
      code: 404,
      status: 200,
      operation: "POST /message/recall",
    });
  });
});

describe("getConversationMessages", () => {
  it("pages backwards with msg_id_start / next_msg_id until is_last", async () => {
    const { client } = await setup({ userId: alice });
    for (const n of [1, 2, 3, 4, 5]) await client.sendMessage(text(`m${n}`));

    const seen: string[][] = [];
    let start: number | bigint = 0;
    for (;;) {
      const page = await client.getConversationMessages({ opposite_id: bob, msg_id_start: start, limit: 2 });
      seen.push(page.messages?.map((message) => message.content ?? "") ?? []);
      if (page.is_last) {
        expect(page.next_msg_id).toBe(0);
        break;
      }
      expect(page.next_msg_id).toBeDefined();
      start = page.next_msg_id ?? 0;
    }
    expect(seen).toEqual([["m5", "m4"], ["m3", "m2"], ["m1"]]);
  });

  it("sends the three query parameters", async () => {
    const { client, server } = await setup({ userId: alice });
    await client.getConversationMessages({ opposite_id: bob, msg_id_start: 0, limit: 20 });
    expect(server.requests[0]?.query).toEqual({ opposite_id: String(bob), msg_id_start: "0", limit: "20" });
  });
});

describe("deleteConversation", () => {
  it("hides the conversation for the caller only, until a new message arrives", async () => {
    const { client, server } = await setup({ userId: alice });
    await client.sendMessage(text("first"));
    await expect(client.deleteConversation({ conversation_id: bob })).resolves.toBe(true);
    expect(server.requests.at(-1)).toMatchObject({
      method: "DELETE",
      query: { conversation_id: String(bob) },
    });

    const mine = await client.getConversationMessages({ opposite_id: bob, msg_id_start: 0, limit: 5 });
    expect(mine.messages).toEqual([]);
    const theirs = await client.getConversationMessages(
      { opposite_id: alice, msg_id_start: 0, limit: 5 },
      { userId: bob },
    );
    expect(theirs.messages).toHaveLength(1);

    await client.sendMessage(text("second"));
    const again = await client.getConversationMessages({ opposite_id: bob, msg_id_start: 0, limit: 5 });
    expect(again.messages?.map((message) => message.content)).toEqual(["second"]);
  });
});

describe("sendReadAck and listUnread", () => {
  it("counts unread messages per conversation and clears them on acknowledgement", async () => {
    const { client } = await setup({ userId: alice });
    await client.sendMessage(text("one"));
    await client.sendMessage(text("two"));
    await client.sendMessage(text("hi carol", carol));
    await client.sendMessage({ ...text("bob to alice", alice) }, { userId: bob });

    expect(await client.listUnread({ userId: bob })).toEqual([{ conversation_id: { uid: alice }, num: 2 }]);
    expect(await client.listUnread()).toEqual([
      { conversation_id: { uid: bob }, num: 1 },
      { conversation_id: { uid: carol }, num: 0 },
    ]);

    const page = await client.getConversationMessages(
      { opposite_id: alice, msg_id_start: 0, limit: 10 },
      { userId: bob },
    );
    const newestFromAlice = page.messages?.find((message) => message.content === "two");
    await expect(
      client.sendReadAck(
        { conversation_id: alice, msg_id: newestFromAlice?.msg_id ?? 0, device_sn: 1 },
        { userId: bob },
      ),
    ).resolves.toBe(true);

    expect(await client.listUnread({ userId: bob })).toEqual([{ conversation_id: { uid: alice }, num: 0 }]);
    const seenByAlice = await client.getConversationMessages({
      opposite_id: bob,
      msg_id_start: 0,
      limit: 10,
    });
    expect(seenByAlice.messages?.map((message) => [message.content, message.status])).toEqual([
      ["bob to alice", "UNREAD"],
      ["two", "READ"],
      ["one", "READ"],
    ]);
  });

  it("rejects an acknowledgement for a message that does not exist", async () => {
    const { client } = await setup({ userId: alice });
    await client.sendMessage(text("one"));
    const error = await rejectionOf(client.sendReadAck({ conversation_id: bob, msg_id: 42 }));
    expect(error).toMatchObject({ kind: "api", code: 404, operation: "GET /message/ack" });
  });

  it("accepts an acknowledgement without parameters", async () => {
    const { client, server } = await setup();
    await expect(client.sendReadAck()).resolves.toBe(true);
    expect(server.requests[0]?.query).toEqual({});
  });
});

describe("headers", () => {
  it("sends app_id and access-token on every call, spelled as the vendor spells them", async () => {
    const { client, server } = await setup();
    await client.listUnread();
    expect(server.requests[0]?.headers).toMatchObject({ app_id: appId, "access-token": accessToken });
    expect(server.requests[0]?.headers.user_id).toBeUndefined();
    expect(server.requests[0]?.headers.group_id).toBeUndefined();
  });

  it("lets a call act as another user or group than the client's default", async () => {
    const { client, server } = await setup({ userId: alice, groupId: team });
    await client.listUnread();
    await client.listUnread({ userId: bob, groupId: 77 });
    expect(server.requests[0]?.headers).toMatchObject({ user_id: String(alice), group_id: String(team) });
    expect(server.requests[1]?.headers).toMatchObject({ user_id: String(bob), group_id: "77" });
  });
});

describe("injected fetch", () => {
  it("carries every request of the client and of client.api", async () => {
    const { server } = await setup();
    const seen: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      seen.push(
        input instanceof Request ? `${input.method} ${input.url}` : `${init?.method} ${String(input)}`,
      );
      return fetch(input, init);
    };
    const client = createRestClient({ baseUrl: server.url, appId, accessToken, fetch: countingFetch });
    await client.listUnread();
    await client.api.GET("/message/unread");
    expect(seen).toEqual([`GET ${server.url}/message/unread`, `GET ${server.url}/message/unread`]);
    expect(server.requests).toHaveLength(2);
  });
});

describe("client.api", () => {
  it("is the typed openapi-fetch client, with credentials, reaching the PUT forms too", async () => {
    const { client, server } = await setup();
    const { data, response } = await client.api.PUT("/message/send", {
      body: { ...text("via PUT"), attachment: "" },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ code: 200, message: null, data: true });
    expect(server.requests[0]).toMatchObject({
      method: "PUT",
      headers: { app_id: appId, "access-token": accessToken },
    });

    const recalled = await client.api.PUT("/message/recall", { body: { conversation_id: bob, msg_id: 1 } });
    expect(recalled.data?.code).toBe(404);
  });
});
