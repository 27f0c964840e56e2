import { describe, expect, it } from "vitest";
import { startFakeYunhuServer } from "../../src/testing/index.js";
import { chat, clientFor, rejectionOf } from "./support.js";

describe("wrong types from JavaScript are refused before anything is sent", () => {
  it.each([
    ["data as a string", { ...chat, contentType: 1, data: "hi" }, "data must be an object (a message)"],
    ["data as a number", { ...chat, contentType: 1, data: 5 }, "data must be an object (a message)"],
    [
      "data as a list",
      { ...chat, contentType: 1, data: [{ text: "hi" }] },
      "data must be an object (a message)",
    ],
    [
      "chatType as a string",
      { ...chat, chatType: "2", contentType: 1, data: { text: "hi" } },
      "chatType must be a number",
    ],
    [
      "chatId as a number",
      { ...chat, chatId: 42, contentType: 1, data: { text: "hi" } },
      "chatId must be a string",
    ],
    [
      "mentions as a string",
      { ...chat, contentType: 1, data: { text: "hi", mentionedId: "u1" } },
      "data.mentionedId must be a list",
    ],
    [
      "a nested message as a string",
      { ...chat, contentType: 2, media: "image" },
      "media must be an object (a message)",
    ],
  ])("sendMessage with %s", async (_name, request, problem) => {
    const fake = await startFakeYunhuServer({ users: [{ token: "fake-token-1234", id: "1", name: "A" }] });
    try {
      const client = clientFor(fake.url, { token: "fake-token-1234" });
      const error = await rejectionOf(client.sendMessage(request as never));
      expect(error).toMatchObject({
        kind: "invalid-request",
        retryable: false,
        status: 0,
        operation: "/v1/msg/send-message",
      });
      expect(error.message).toBe(`/v1/msg/send-message: request not sent: ${problem}`);
      expect(fake.requests).toHaveLength(0);
      expect(fake.messages(chat)).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });

  it("a repeated field given a string, and a request that is not an object", async () => {
    const client = clientFor("http://127.0.0.1:9", {
      fetch: async () => new Response(null, { status: 599 }),
    });
    const batch = await rejectionOf(client.recallMsgBatch({ ...chat, msgId: "m1" } as never));
    expect(batch.message).toBe("/v1/msg/recall-msg-batch: request not sent: msgId must be a list");
    for (const request of [undefined, "send", 42, ["x"]]) {
      const error = await rejectionOf(client.listMessage(request as never));
      expect(error.message).toBe("/v1/msg/list-message: request not sent: the request must be an object");
    }
  });
});
