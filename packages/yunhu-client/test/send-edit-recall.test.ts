import { describe, expect, it } from "vitest";
import { createYunhuClient } from "../src/index.js";
import { fakeStatusCode } from "../src/testing/index.js";
import { group, rejectionOf, sendTexts, startFakeAndClient } from "./helpers.js";

const alice = { token: "alice-token", id: "1001", name: "Alice" };
const bob = { token: "bob-token", id: "1002", name: "Bob" };

describe("sendMessage", () => {
  it("stores the message and resolves the decoded Status plus a fresh 32-hex msgId", async () => {
    const { fake, client } = await startFakeAndClient();
    const result = await client.sendMessage({
      ...group,
      contentType: 1,
      data: { text: "你好", mentionedId: ["7"] },
    });
    expect(result.status).toMatchObject({ code: 1, msg: "success" });
    expect(result.msgId).toMatch(/^[0-9a-f]{32}$/);
    const [stored] = fake.messages(group);
    expect(stored).toMatchObject({ msgId: result.msgId, contentType: 1, msgSeq: 1 });
    expect(stored?.content).toMatchObject({ text: "你好", at: ["7"] });
  });

  it("keeps a msgId the caller chose and picks a different one for each send otherwise", async () => {
    const { fake, client } = await startFakeAndClient();
    const chosen = await client.sendMessage({
      ...group,
      msgId: "mine-1",
      contentType: 1,
      data: { text: "a" },
    });
    expect(chosen.msgId).toBe("mine-1");
    const ids = await sendTexts(client, group, 3);
    expect(new Set(ids).size).toBe(3);
    expect(fake.messages(group).map((m) => m.msgId)).toEqual(["mine-1", ...ids]);
  });

  it("sending the same msgId twice stores one message", async () => {
    const { fake, client } = await startFakeAndClient();
    const request = { ...group, msgId: "same", contentType: 1, data: { text: "once" } };
    await client.sendMessage(request);
    await client.sendMessage(request);
    expect(fake.messages(group)).toHaveLength(1);
  });

  it("carries image media through to what readers see", async () => {
    const { client } = await startFakeAndClient();
    await client.sendMessage({
      ...group,
      contentType: 2,
      media: { fileKey: "k.jpg", fileType: "image/jpeg", imageWidth: 640, imageHeight: 480, fileSize: 1234 },
    });
    const { msg } = await client.listMessage({ ...group, msgCount: 1 });
    expect(msg[0]?.content).toMatchObject({ imageUrl: "k.jpg", width: 640, height: 480, fileSize: 1234 });
  });

  it("rejects with the Status code when the server refuses (chat_type 9)", async () => {
    const { client } = await startFakeAndClient();
    const error = await rejectionOf(
      client.sendMessage({ chatId: "x", chatType: 9, contentType: 1, data: { text: "a" } }),
    );
    expect(error).toMatchObject({
      kind: "api",
      code: fakeStatusCode.invalidRequest,
      status: 200,
      endpoint: "/v1/msg/send-message",
      serverMessage: "chat_type must be 1, 2 or 3",
    });
    expect(error.message).toBe(
      "/v1/msg/send-message: Yunhu refused the call with code 1001: chat_type must be 1, 2 or 3",
    );
  });
});

describe("editMessage", () => {
  it("replaces the text, sets editTime and keeps the earlier version as an edit record", async () => {
    let clock = 1_000;
    const { fake, client } = await startFakeAndClient({}, { now: () => clock });
    const { msgId } = await client.sendMessage({
      ...group,
      contentType: 1,
      data: { text: "draft", buttons: "[]" },
    });
    clock = 2_000;
    const result = await client.editMessage({
      ...group,
      msgId,
      contentType: 3,
      content: { text: "**final**" },
    });
    expect(result.status?.code).toBe(1);
    const [stored] = fake.messages(group);
    expect(stored).toMatchObject({ contentType: 3, editTime: 2_000, sendTime: 1_000 });
    expect(stored?.content?.text).toBe("**final**");
    const history = await client.listMessageEditRecord({ msgId, page: 1, size: 10 });
    expect(history.data?.list).toEqual([
      {
        id: expect.any(Number),
        msgId,
        contentType: 1,
        contentOld: JSON.stringify({ text: "draft", buttons: "[]" }),
        createTime: 1_000,
        msgTime: 2_000,
      },
    ]);
  });

  it("repeating the same edit leaves a single edit record", async () => {
    const { client } = await startFakeAndClient();
    const { msgId } = await client.sendMessage({ ...group, contentType: 1, data: { text: "a" } });
    const edit = { ...group, msgId, contentType: 1, content: { text: "b" } };
    await client.editMessage(edit);
    await client.editMessage(edit);
    expect((await client.listMessageEditRecord({ msgId, page: 1, size: 10 })).data?.total).toBe(1);
  });

  it("refuses editing another user's message and editing into a non-text type", async () => {
    const { fake } = await startFakeAndClient({}, { users: [alice, bob] });
    const asAlice = createYunhuClient({ token: alice.token, baseUrl: fake.url });
    const asBob = createYunhuClient({ token: bob.token, baseUrl: fake.url });
    const { msgId } = await asAlice.sendMessage({ ...group, contentType: 1, data: { text: "a" } });
    const forbidden = await rejectionOf(
      asBob.editMessage({ ...group, msgId, contentType: 1, content: { text: "x" } }),
    );
    expect(forbidden).toMatchObject({
      kind: "api",
      code: fakeStatusCode.forbidden,
      endpoint: "/v1/msg/edit-message",
    });
    const wrongType = await rejectionOf(
      asAlice.editMessage({ ...group, msgId, contentType: 2, content: { text: "x" } }),
    );
    expect(wrongType.code).toBe(fakeStatusCode.invalidRequest);
  });
});

describe("recallMsg and recallMsgBatch", () => {
  it("recall clears the content and stamps msgDeleteTime; recalling again is harmless", async () => {
    const { fake, client } = await startFakeAndClient({}, { now: () => 42 });
    const [msgId] = await sendTexts(client, group, 1);
    await client.recallMsg({ ...group, msgId });
    await client.recallMsg({ ...group, msgId });
    const [stored] = fake.messages(group);
    expect(stored?.msgDeleteTime).toBe(42);
    expect(stored?.content?.text).toBe("");
  });

  it("batch recall changes all listed messages, or none when one is unknown", async () => {
    const { fake, client } = await startFakeAndClient();
    const ids = await sendTexts(client, group, 3);
    const error = await rejectionOf(client.recallMsgBatch({ ...group, msgId: [ids[0]!, "missing"] }));
    expect(error).toMatchObject({ code: fakeStatusCode.notFound, endpoint: "/v1/msg/recall-msg-batch" });
    expect(fake.messages(group).every((m) => m.msgDeleteTime === 0)).toBe(true);

    await client.recallMsgBatch({ ...group, msgId: [ids[0]!, ids[2]!] });
    expect(fake.messages(group).map((m) => m.msgDeleteTime > 0)).toEqual([true, false, true]);
  });

  it("refuses recalling a message in a chat where it does not exist", async () => {
    const { client } = await startFakeAndClient();
    const [msgId] = await sendTexts(client, group, 1);
    const error = await rejectionOf(client.recallMsg({ chatId: "elsewhere", chatType: 2, msgId }));
    expect(error).toMatchObject({
      kind: "api",
      code: fakeStatusCode.notFound,
      endpoint: "/v1/msg/recall-msg",
    });
  });
});

describe("buttonReport", () => {
  it("records the click on a message with buttons", async () => {
    const { fake, client } = await startFakeAndClient();
    const { msgId } = await client.sendMessage({
      ...group,
      contentType: 1,
      data: { text: "pick", buttons: "[[]]" },
    });
    const result = await client.buttonReport({ ...group, msgId, userId: "u9", buttonValue: "yes" });
    expect(result.status?.code).toBe(1);
    expect(fake.buttonReports).toEqual([
      { reporterId: "10001", msgId, chatId: group.chatId, chatType: 2, userId: "u9", buttonValue: "yes" },
    ]);
  });

  it("refuses a report on a message without buttons", async () => {
    const { fake, client } = await startFakeAndClient();
    const [msgId] = await sendTexts(client, group, 1);
    const error = await rejectionOf(client.buttonReport({ ...group, msgId, userId: "u", buttonValue: "v" }));
    expect(error).toMatchObject({ code: fakeStatusCode.invalidRequest, endpoint: "/v1/msg/button-report" });
    expect(fake.buttonReports).toHaveLength(0);
  });
});

describe("authentication", () => {
  it("a token the server does not know gets a non-1 Status on protobuf and a JSON code on JSON endpoints", async () => {
    const { client } = await startFakeAndClient({ token: "not-a-user" });
    const protobuf = await rejectionOf(client.listMessage({ ...group, msgCount: 1 }));
    expect(protobuf).toMatchObject({ kind: "api", code: fakeStatusCode.unauthorized });
    const json = await rejectionOf(client.fileDownloadRecord({ msgId: "m", downloadPath: "/p" }));
    expect(json).toMatchObject({
      kind: "api",
      code: fakeStatusCode.unauthorized,
      endpoint: "/v1/msg/file-download-record",
    });
  });
});
