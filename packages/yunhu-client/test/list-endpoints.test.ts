import { describe, expect, it } from "vitest";
import { createYunhuClient } from "../src/index.js";
import { fakeStatusCode } from "../src/testing/index.js";
import { group, rejectionOf, sendTexts, startFakeAndClient } from "./helpers.js";

const texts = (messages: readonly { content?: { text: string } | undefined }[]) =>
  messages.map((m) => m.content?.text);

describe("listMessage (messages before the given id)", () => {
  it("without msgId returns the newest msgCount messages, oldest first", async () => {
    const { client } = await startFakeAndClient();
    await sendTexts(client, group, 5);
    const page = await client.listMessage({ ...group, msgCount: 3 });
    expect(page.status?.code).toBe(1);
    expect(texts(page.msg)).toEqual(["m3", "m4", "m5"]);
  });

  it("with msgId returns the messages before it, excluding it", async () => {
    const { client } = await startFakeAndClient();
    const ids = await sendTexts(client, group, 5);
    const page = await client.listMessage({ ...group, msgId: ids[3]!, msgCount: 2 });
    expect(texts(page.msg)).toEqual(["m2", "m3"]);
    expect((await client.listMessage({ ...group, msgId: ids[0]!, msgCount: 2 })).msg).toEqual([]);
  });

  it("shows each message on the reader's side: own messages right, others left", async () => {
    const alice = { token: "alice-token", id: "1", name: "Alice" };
    const bob = { token: "bob-token", id: "2", name: "Bob" };
    const { fake } = await startFakeAndClient({}, { users: [alice, bob] });
    const asAlice = createYunhuClient({ token: alice.token, baseUrl: fake.url });
    const asBob = createYunhuClient({ token: bob.token, baseUrl: fake.url });
    await asAlice.sendMessage({ ...group, contentType: 1, data: { text: "from alice" } });
    const { msg } = await asBob.listMessage({ ...group, msgCount: 5 });
    expect(msg[0]).toMatchObject({ direction: "left", sender: { chatId: "1", name: "Alice", chatType: 1 } });
    expect((await asAlice.listMessage({ ...group, msgCount: 5 })).msg[0]?.direction).toBe("right");
  });

  it("refuses msgCount 0 and an anchor that is not in the chat", async () => {
    const { client } = await startFakeAndClient();
    await sendTexts(client, group, 1);
    expect(await rejectionOf(client.listMessage({ ...group, msgCount: 0 }))).toMatchObject({
      code: fakeStatusCode.invalidRequest,
      endpoint: "/v1/msg/list-message",
    });
    expect((await rejectionOf(client.listMessage({ ...group, msgId: "nope", msgCount: 5 }))).code).toBe(
      fakeStatusCode.notFound,
    );
  });
});

describe("listMessageBySeq (messages after the given sequence)", () => {
  it("returns the messages after msgStart, excluding it, with msgCount", async () => {
    const { client } = await startFakeAndClient();
    await sendTexts(client, group, 5);
    const page = await client.listMessageBySeq({ ...group, msgStart: 2 });
    expect(texts(page.msg)).toEqual(["m3", "m4", "m5"]);
    expect(page.msg.map((m) => m.msgSeq)).toEqual([3, 4, 5]);
    expect(page.msgCount).toBe(3);
  });

  it("answers at most 30 messages per call", async () => {
    const { client } = await startFakeAndClient();
    await sendTexts(client, group, 33);
    const page = await client.listMessageBySeq({ ...group, msgStart: 0 });
    expect(page.msg).toHaveLength(30);
    expect(page.msg.at(-1)?.msgSeq).toBe(30);
  });

  it("an empty chat gives an empty page", async () => {
    const { client } = await startFakeAndClient();
    expect(await client.listMessageBySeq({ ...group, msgStart: 0 })).toMatchObject({ msg: [], msgCount: 0 });
  });
});

describe("listMessageByMidSeq (messages up to and including the anchor)", () => {
  it("includes the msgId message after the msgCount messages before it", async () => {
    const { client } = await startFakeAndClient();
    const ids = await sendTexts(client, group, 6);
    const page = await client.listMessageByMidSeq({ ...group, msgId: ids[3]!, msgCount: 2 });
    expect(texts(page.msg)).toEqual(["m2", "m3", "m4"]);
    expect(page.total).toBe(3);
  });

  it("anchors on msgSeq when no msgId is given, and on the newest message when neither is", async () => {
    const { client } = await startFakeAndClient();
    await sendTexts(client, group, 6);
    expect(texts((await client.listMessageByMidSeq({ ...group, msgSeq: 2, msgCount: 5 })).msg)).toEqual([
      "m1",
      "m2",
    ]);
    expect(texts((await client.listMessageByMidSeq({ ...group, msgCount: 1 })).msg)).toEqual(["m5", "m6"]);
  });

  it("refuses a sequence that does not exist", async () => {
    const { client } = await startFakeAndClient();
    await sendTexts(client, group, 2);
    const error = await rejectionOf(client.listMessageByMidSeq({ ...group, msgSeq: 99, msgCount: 1 }));
    expect(error).toMatchObject({
      code: fakeStatusCode.notFound,
      endpoint: "/v1/msg/list-message-by-mid-seq",
    });
  });
});
