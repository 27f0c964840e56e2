import { describe, expect, it } from "vitest";
import { createYunhuClient } from "../src/index.js";
import { group, rejectionOf, startFakeAndClient } from "./helpers.js";

describe("requests the client refuses to send", () => {
  it("a misspelt field is refused instead of silently dropped, and nothing is sent", async () => {
    const { fake, client } = await startFakeAndClient();
    const request = { chat_id: "g", chatType: 2, contentType: 1, data: { text: "a" } };
    const error = await rejectionOf(client.sendMessage(request as never));
    expect(error).toMatchObject({ kind: "invalid-request", status: 0, endpoint: "/v1/msg/send-message" });
    expect(error.message).toBe(
      "/v1/msg/send-message: request not sent: chat_id is not a field of the request message",
    );
    expect(fake.requests).toHaveLength(0);
  });

  it("names nested undeclared fields by path", async () => {
    const { client } = await startFakeAndClient();
    const error = await rejectionOf(
      client.sendMessage({ ...group, contentType: 1, data: { txt: "a" } } as never),
    );
    expect(error.message).toMatch(/data\.txt is not a field/);
  });

  it("an integer beyond 2^53 is refused: it has already lost precision", async () => {
    const { fake, client } = await startFakeAndClient();
    const error = await rejectionOf(
      client.sendMessage({ ...group, contentType: 4, data: { fileName: "f", fileSize: 2 ** 53 + 2 } }),
    );
    expect(error).toMatchObject({ kind: "invalid-request", endpoint: "/v1/msg/send-message" });
    expect(error.message).toMatch(/data\.fileSize is beyond 2\^53/);
    expect(fake.requests).toHaveLength(0);
  });

  it("values of the wrong type and negative unsigned values are refused", async () => {
    const { client } = await startFakeAndClient();
    const wrongType = await rejectionOf(client.listMessage({ ...group, msgCount: "ten" } as never));
    expect(wrongType).toMatchObject({ kind: "invalid-request", endpoint: "/v1/msg/list-message" });
    const negative = await rejectionOf(client.listMessage({ ...group, msgCount: -1 }));
    expect(negative).toMatchObject({
      kind: "invalid-request",
      message: expect.stringMatching(/msgCount.*-1|-1.*msgCount/),
    });
    const fraction = await rejectionOf(client.listMessageBySeq({ ...group, msgStart: 1.5 }));
    expect(fraction.kind).toBe("invalid-request");
    const notAnObject = await rejectionOf(client.recallMsg(null as never));
    expect(notAnObject.message).toBe("/v1/msg/recall-msg: request not sent: the request must be an object");
  });

  it("a value the encoder would coerce (a number in a string field) is refused without echoing it", async () => {
    const { fake, client } = await startFakeAndClient();
    const error = await rejectionOf(client.recallMsg({ ...group, msgId: 424242 } as never));
    expect(error.message).toBe("/v1/msg/recall-msg: request not sent: msgId must be a string");
    const nested = await rejectionOf(client.recallMsgBatch({ ...group, msgId: ["ok", 7] } as never));
    expect(nested.message).toMatch(/msgId\[1\] has the wrong type/);
    const loneSurrogate = await rejectionOf(
      client.sendMessage({ ...group, contentType: 1, data: { text: "a\ud800" } }),
    );
    expect(loneSurrogate.message).toMatch(/data\.text has the wrong type or a value its field cannot carry/);
    expect(fake.requests).toHaveLength(0);
  });

  it("JSON bodies are checked against their schema before sending", async () => {
    const { fake, client } = await startFakeAndClient();
    const wrongType = await rejectionOf(
      client.listMessageEditRecord({ msgId: "m", page: "1", size: 10 } as never),
    );
    expect(wrongType).toMatchObject({
      kind: "invalid-request",
      endpoint: "/v1/msg/list-message-edit-record",
    });
    expect(wrongType.message).toMatch(/page/);
    const extraKey = await rejectionOf(
      client.fileDownloadRecord({ msgId: "m", downloadPath: "/x", path: "/y" } as never),
    );
    expect(extraKey.message).toMatch(/path/);
    const pageZero = await rejectionOf(client.listMessageEditRecord({ msgId: "m", page: 0, size: 10 }));
    expect(pageZero.kind).toBe("invalid-request");
    expect(fake.requests).toHaveLength(0);
  });

  it("an invalid per-call timeout is a request error", async () => {
    const { client } = await startFakeAndClient();
    const error = await rejectionOf(client.listMessage({ ...group, msgCount: 1 }, { timeoutMs: -5 }));
    expect(error).toMatchObject({ kind: "invalid-request", endpoint: "/v1/msg/list-message" });
  });
});

describe("createYunhuClient options", () => {
  it("refuses an empty or non-ASCII token without echoing it", () => {
    expect(() => createYunhuClient({ token: "" })).toThrow(TypeError);
    let message = "";
    try {
      createYunhuClient({ token: "tok\nsecret-value" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/token must be/);
    expect(message).not.toContain("secret-value");
  });

  it("refuses a bad baseUrl, timeout or retry setting up front", () => {
    expect(() => createYunhuClient({ token: "token-for-tests", baseUrl: "not a url" })).toThrow(/baseUrl/);
    for (const baseUrl of ["ftp://example.com", "localhost:8080"]) {
      expect(() => createYunhuClient({ token: "token-for-tests", baseUrl })).toThrow(
        /baseUrl must be an absolute http\(s\) URL/,
      );
    }
    expect(() => createYunhuClient({ token: "token-for-tests", timeoutMs: 0 })).toThrow(RangeError);
    expect(() => createYunhuClient({ token: "token-for-tests", retry: { retries: -1 } })).toThrow(RangeError);
  });

  it("defaults to the Yunhu host and tolerates a trailing slash", async () => {
    const seen: string[] = [];
    const fetchSpy: typeof fetch = async (input) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return new Response(null, { status: 503 });
    };
    await rejectionOf(
      createYunhuClient({ token: "token-for-tests", fetch: fetchSpy, retry: false }).recallMsg({
        msgId: "m",
      }),
    );
    const { fake } = await startFakeAndClient();
    await rejectionOf(
      createYunhuClient({
        token: "token-for-tests",
        baseUrl: `${fake.url}/`,
        fetch: fetchSpy,
        retry: false,
      }).listMessageEditRecord({
        msgId: "m",
        page: 1,
        size: 1,
      }),
    );
    expect(seen).toEqual([
      "https://chat-go.jwzhd.com/v1/msg/recall-msg",
      `${fake.url}/v1/msg/list-message-edit-record`,
    ]);
  });
});
