import { afterEach, describe, expect, it } from "vitest";
import { type FakeRestServer, fakeCodes, startFakeRestServer } from "../src/testing/index.js";

let server: FakeRestServer;
afterEach(() => server.close());

const credentials = { app_id: "app", "access-token": "token" };
const validSend = { targets: [7], type: 1, content: "x", content_type: 0, attachment: "" };

/** Plain fetch, to check what the fake answers to requests no client would send. */
async function call(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string } = {},
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { "content-type": "application/json", ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  return {
    status: response.status,
    envelope: JSON.parse(await response.text()) as { code: number; message: string },
  };
}

const sendWith = (body: unknown, headers = credentials) =>
  call("POST", "/message/send", { headers, body: JSON.stringify(body) });

describe("requests that break the spec get the vendor's envelope with a non-200 code", () => {
  it("missing app_id", async () => {
    server = await startFakeRestServer();
    const { status, envelope } = await sendWith(validSend, { "access-token": "token" } as typeof credentials);
    expect(status).toBe(200);
    expect(envelope).toMatchObject({ code: fakeCodes.unauthorized, message: "header.app_id is required" });
  });

  it("wrong types, reported field by field", async () => {
    server = await startFakeRestServer();
    const { envelope } = await sendWith({ ...validSend, targets: ["7"], content: 5, type: 3 });
    expect(envelope.code).toBe(fakeCodes.invalidRequest);
    expect(envelope.message).toContain(
      "body.targets[0] must be an int64 (a safe integer number or a bigint)",
    );
    expect(envelope.message).toContain("body.content must be a string");
    expect(envelope.message).toContain("body.type must be <= 2");
  });

  it("missing required fields and unknown fields", async () => {
    server = await startFakeRestServer();
    const { content: _content, ...withoutContent } = validSend;
    const { envelope } = await sendWith({ ...withoutContent, colour: "red" });
    expect(envelope.code).toBe(fakeCodes.invalidRequest);
    expect(envelope.message).toContain("body.content is required");
    expect(envelope.message).toContain("body.colour is not a field of this input");
  });

  it("a body that is not JSON, or is missing", async () => {
    server = await startFakeRestServer();
    const notJson = await call("POST", "/message/recall", {
      headers: credentials,
      body: "{conversation_id:1",
    });
    expect(notJson.envelope).toMatchObject({
      code: fakeCodes.invalidRequest,
      message: "request body is not valid JSON",
    });
    const missing = await call("POST", "/message/recall", { headers: credentials });
    expect(missing.envelope).toMatchObject({
      code: fakeCodes.invalidRequest,
      message: "a JSON body is required",
    });
  });

  it("query and header parameters of the wrong type or missing", async () => {
    server = await startFakeRestServer();
    const { envelope } = await call("GET", "/message/conversation?opposite_id=abc&limit=1.5", {
      headers: { ...credentials, user_id: "me" },
    });
    expect(envelope.code).toBe(fakeCodes.invalidRequest);
    for (const problem of [
      "query.msg_id_start is required",
      "query.opposite_id must be an int64",
      "query.limit must be an int32",
      "header.user_id must be an int64",
    ]) {
      expect(envelope.message).toContain(problem);
    }
  });

  it("IDs outside the int64 range", async () => {
    server = await startFakeRestServer();
    const { envelope } = await call("POST", "/message/send", {
      headers: credentials,
      body: '{"targets":[99999999999999999999],"type":1,"content":"x","content_type":0,"attachment":""}',
    });
    expect(envelope.code).toBe(fakeCodes.invalidRequest);
    expect(envelope.message).toContain("body.targets[0] must be within int64");
  });

  it("credentials other than the configured ones, without echoing them", async () => {
    server = await startFakeRestServer({ appId: "app", accessToken: "token" });
    const { envelope } = await sendWith(validSend, { ...credentials, "access-token": "guess-123" });
    expect(envelope).toEqual({
      code: fakeCodes.unauthorized,
      message: "unknown app_id or access-token",
      data: null,
    });
  });
});

describe("fake behaviour", () => {
  it("serves the PUT forms of send, notify and recall", async () => {
    server = await startFakeRestServer();
    expect(
      (await call("PUT", "/message/send", { headers: credentials, body: JSON.stringify(validSend) })).envelope
        .code,
    ).toBe(200);
    expect(
      (await call("PUT", "/message/notify", { headers: credentials, body: JSON.stringify(validSend) }))
        .envelope.code,
    ).toBe(200);
    const recall = await call("PUT", "/message/recall", {
      headers: credentials,
      body: '{"conversation_id":7,"msg_id":1}',
    });
    expect(recall.envelope.code).toBe(fakeCodes.notFound);
    expect(server.notifications).toHaveLength(1);
  });

  it("executes a repeated transaction_id once, per sender and operation", async () => {
    server = await startFakeRestServer();
    const once = { ...validSend, transaction_id: 99 };
    for (const body of [once, once, { ...once, transaction_id: 100 }, { ...once, from_user_id: 5 }]) {
      expect((await sendWith(body)).envelope.code).toBe(200);
    }
    await call("POST", "/message/notify", { headers: credentials, body: JSON.stringify(once) });
    const page = await call("GET", "/message/conversation?opposite_id=7&msg_id_start=0&limit=10", {
      headers: credentials,
    });
    expect((page.envelope as unknown as { data: { messages: unknown[] } }).data.messages).toHaveLength(2);
    expect(server.notifications).toHaveLength(1);
  });

  it("forgets a transaction_id after the deduplication window", async () => {
    server = await startFakeRestServer({ dedupeWindowMs: 1 });
    const body = { ...validSend, transaction_id: 1 };
    await sendWith(body);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sendWith(body);
    const page = await call("GET", "/message/conversation?opposite_id=7&msg_id_start=0&limit=10", {
      headers: credentials,
    });
    expect((page.envelope as unknown as { data: { messages: unknown[] } }).data.messages).toHaveLength(2);
  });

  it("rejects a page size below 1", async () => {
    server = await startFakeRestServer();
    const page = await call("GET", "/message/conversation?opposite_id=7&msg_id_start=0&limit=0", {
      headers: credentials,
    });
    expect(page.envelope).toMatchObject({
      code: fakeCodes.invalidRequest,
      message: "limit must be at least 1",
    });
  });

  it("consumes queued faults in order, per operation, and '*' for any", async () => {
    server = await startFakeRestServer();
    server.failNext("GET /message/unread", { status: 500 }, { envelope: { code: 7 } });
    server.failNext("*", { status: 418 });
    expect((await call("GET", "/message/unread", { headers: credentials })).status).toBe(500);
    expect((await call("GET", "/message/unread", { headers: credentials })).envelope.code).toBe(7);
    expect((await call("GET", "/message/ack", { headers: credentials })).status).toBe(418);
    expect((await call("GET", "/message/unread", { headers: credentials })).envelope.code).toBe(200);
  });
});
