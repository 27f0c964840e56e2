import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WireWriter } from "@chatwire/protobuf-runtime";
import { describe, expect, it, vi } from "vitest";
import { createYunhuClient, msg, ProtobufDecodeError } from "../src/index.js";
import { defaultFakeUser } from "../src/testing/index.js";
import { fastRetry, group, rejectionOf, sendTexts, startFakeAndClient } from "./helpers.js";

const count = (requests: readonly { path: string }[], path: string) =>
  requests.filter((r) => r.path === path).length;

/** A port nothing listens on: bind, note the port, close. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("HTTP faults", () => {
  it("retries an idempotent call after a 503 and the send lands once", async () => {
    const { fake, client } = await startFakeAndClient();
    fake.injectFault({ kind: "status", status: 503 }, { path: "/v1/msg/send-message" });
    const result = await client.sendMessage({ ...group, contentType: 1, data: { text: "after 503" } });
    expect(result.status?.code).toBe(1);
    expect(count(fake.requests, "/v1/msg/send-message")).toBe(2);
    expect(fake.messages(group).map((m) => m.content?.text)).toEqual(["after 503"]);
  });

  it("a send whose answer was lost is retried with the same msgId and stored once", async () => {
    const { fake, client } = await startFakeAndClient();
    fake.injectFault({ kind: "lose-answer" }, { path: "/v1/msg/send-message" });
    const { msgId } = await client.sendMessage({ ...group, contentType: 1, data: { text: "exactly once" } });
    expect(count(fake.requests, "/v1/msg/send-message")).toBe(2);
    expect(fake.messages(group).map((m) => m.msgId)).toEqual([msgId]);
  });

  it("does not repeat a button report after a 500: the click may have been counted", async () => {
    const { fake, client } = await startFakeAndClient();
    const { msgId } = await client.sendMessage({
      ...group,
      contentType: 1,
      data: { text: "b", buttons: "[]" },
    });
    fake.injectFault({ kind: "status", status: 500 }, { path: "/v1/msg/button-report" });
    const error = await rejectionOf(client.buttonReport({ ...group, msgId, userId: "u", buttonValue: "v" }));
    expect(error).toMatchObject({
      kind: "http",
      status: 500,
      endpoint: "/v1/msg/button-report",
      code: undefined,
    });
    expect(error.message).toBe("/v1/msg/button-report: HTTP 500");
    expect(count(fake.requests, "/v1/msg/button-report")).toBe(1);
  });

  it("repeats a button report after a 429 (not acted on) and honours Retry-After", async () => {
    const { fake, client } = await startFakeAndClient();
    const { msgId } = await client.sendMessage({
      ...group,
      contentType: 1,
      data: { text: "b", buttons: "[]" },
    });
    fake.injectFault({ kind: "status", status: 429, retryAfter: "0" }, { path: "/v1/msg/button-report" });
    await client.buttonReport({ ...group, msgId, userId: "u", buttonValue: "v" });
    expect(fake.buttonReports).toHaveLength(1);
    expect(count(fake.requests, "/v1/msg/button-report")).toBe(2);
  });

  it("gives up after the configured retries and reports the last status and Retry-After", async () => {
    const { fake, client } = await startFakeAndClient();
    fake.injectFault({ kind: "status", status: 503, retryAfter: "0" }, { times: 3 });
    const error = await rejectionOf(client.listMessage({ ...group, msgCount: 1 }));
    expect(error).toMatchObject({
      kind: "http",
      status: 503,
      retryAfterMs: 0,
      endpoint: "/v1/msg/list-message",
    });
    expect(fake.requests).toHaveLength(1 + fastRetry.retries);
  });

  it("with retry: false makes exactly one attempt", async () => {
    const { fake, client } = await startFakeAndClient({ retry: false });
    fake.injectFault({ kind: "status", status: 503 });
    expect((await rejectionOf(client.listMessage({ ...group, msgCount: 1 }))).status).toBe(503);
    expect(fake.requests).toHaveLength(1);
  });

  it("an unknown path is an http fault (404), a JSON endpoint too", async () => {
    const { fake, client } = await startFakeAndClient();
    fake.injectFault({ kind: "status", status: 404 }, { path: "/v1/msg/list-message-edit-record" });
    const error = await rejectionOf(client.listMessageEditRecord({ msgId: "m", page: 1, size: 1 }));
    expect(error).toMatchObject({ kind: "http", status: 404, endpoint: "/v1/msg/list-message-edit-record" });
  });
});

describe("network faults and time limits", () => {
  it("a dropped connection on every attempt ends as a network error", async () => {
    const { fake, client } = await startFakeAndClient();
    fake.injectFault({ kind: "drop" }, { times: 3 });
    const error = await rejectionOf(client.listMessageBySeq({ ...group, msgStart: 0 }));
    expect(error).toMatchObject({ kind: "network", status: 0, endpoint: "/v1/msg/list-message-by-seq" });
    expect(fake.requests).toHaveLength(3);
  });

  it("a refused connection is retried even for a non-idempotent call, then reported", async () => {
    let calls = 0;
    const client = createYunhuClient({
      token: defaultFakeUser.token,
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      retry: fastRetry,
      fetch: (input, init) => {
        calls++;
        return fetch(input, init);
      },
    });
    const error = await rejectionOf(
      client.buttonReport({ ...group, msgId: "m", userId: "u", buttonValue: "v" }),
    );
    expect(error.kind).toBe("network");
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(calls).toBe(3);
  });

  it("an attempt slower than timeoutMs fails as a timeout", async () => {
    const { fake, client } = await startFakeAndClient({ timeoutMs: 50, retry: false });
    fake.injectFault({ kind: "delay", ms: 400 });
    const error = await rejectionOf(client.listMessage({ ...group, msgCount: 1 }));
    expect(error).toMatchObject({ kind: "timeout", status: 0, endpoint: "/v1/msg/list-message" });
  });

  it("a per-call timeoutMs overrides the client's", async () => {
    const { fake, client } = await startFakeAndClient({ timeoutMs: 10_000, retry: false });
    fake.injectFault({ kind: "delay", ms: 400 });
    const error = await rejectionOf(
      client.fileDownloadRecord({ msgId: "m", downloadPath: "/x" }, { timeoutMs: 50 }),
    );
    expect(error).toMatchObject({ kind: "timeout", endpoint: "/v1/msg/file-download-record" });
  });

  it("a send that timed out is retried with the same msgId and stored once", async () => {
    const { fake, client } = await startFakeAndClient({ timeoutMs: 100 });
    fake.injectFault({ kind: "delay", ms: 200 }, { path: "/v1/msg/send-message" });
    const { msgId } = await client.sendMessage({ ...group, contentType: 1, data: { text: "slow" } });
    await new Promise((resolve) => setTimeout(resolve, 400)); // let the delayed first attempt land too
    expect(fake.messages(group).map((m) => m.msgId)).toEqual([msgId]);
  });

  it("the caller's signal cancels the call as aborted, without retrying", async () => {
    const { fake, client } = await startFakeAndClient();
    fake.injectFault({ kind: "delay", ms: 300 });
    const controller = new AbortController();
    const pending = rejectionOf(client.listMessage({ ...group, msgCount: 1 }, { signal: controller.signal }));
    // Cancel once the server has the request, whatever the machine's load.
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1));
    controller.abort();
    const error = await pending;
    expect(error.kind).toBe("aborted");
    expect(fake.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const { fake, client } = await startFakeAndClient();
    const error = await rejectionOf(
      client.listMessage({ ...group, msgCount: 1 }, { signal: AbortSignal.abort() }),
    );
    expect(error.kind).toBe("aborted");
    expect(fake.requests).toHaveLength(0);
  });
});

describe("answers that cannot be understood", () => {
  it("bytes that are not a protobuf message are a body error naming the rpc", async () => {
    const { fake, client } = await startFakeAndClient();
    fake.injectFault({ kind: "reply", body: new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]) });
    const error = await rejectionOf(client.listMessage({ ...group, msgCount: 1 }));
    expect(error).toMatchObject({ kind: "invalid-response", status: 200, endpoint: "/v1/msg/list-message" });
    expect(error.message).toMatch(/not a valid yunhu\.v1\.MsgService\.ListMessage response/);
  });

  it("a truncated response is a body error", async () => {
    const { fake, client } = await startFakeAndClient();
    await sendTexts(client, group, 2);
    const full = msg.listMessage
      .encode(msg.listMessage.fromPartial({ status: { code: 1 }, msg: fake.messages(group) }))
      .finish();
    fake.injectFault({ kind: "reply", body: full.subarray(0, full.length - 3) });
    const error = await rejectionOf(client.listMessage({ ...group, msgCount: 5 }));
    expect(error.kind).toBe("invalid-response");
    expect(error.cause).toBeInstanceOf(ProtobufDecodeError);
    // The last message's length prefix runs past the cut: refused where that prefix is read.
    expect((error.cause as ProtobufDecodeError).path).toBe("listMessage");
    expect((error.cause as ProtobufDecodeError).reason).toBe("truncated");
    expect(error.message).toContain(`(${(error.cause as Error).message})`);
  });

  it("an answer without Status is a body error, not a success", async () => {
    const { fake, client } = await startFakeAndClient();
    fake.injectFault({ kind: "reply", body: new Uint8Array() });
    const error = await rejectionOf(client.recallMsg({ ...group, msgId: "m" }));
    expect(error).toMatchObject({
      kind: "invalid-response",
      message: "/v1/msg/recall-msg: answer carries no Status",
    });
  });

  it("an int64 beyond 2^53 in a response is refused rather than rounded", async () => {
    const { fake, client } = await startFakeAndClient();
    const writer = new WireWriter();
    // Status { number: 2^60 (a varint of eight continuation bytes and 0x10), code: 1 }
    const twoPow60 = new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]);
    writer.uint32(10).fork().uint32(8).raw(twoPow60).uint32(16).uint64(1).join();
    fake.injectFault({ kind: "reply", body: writer.finish() });
    const error = await rejectionOf(client.sendMessage({ ...group, contentType: 1, data: { text: "x" } }));
    expect(error.kind).toBe("invalid-response");
    expect(error.message).toMatch(/Status.number: 1152921504606846976 is beyond/);
  });

  it("keeps unknown fields of a response instead of dropping them", async () => {
    const { fake, client } = await startFakeAndClient();
    const writer = new WireWriter();
    writer.uint32(10).fork().uint32(16).uint64(1).join(); // status { code: 1 }
    writer.uint32((99 << 3) | 2).string("future"); // field 99, not in the proto
    fake.injectFault({ kind: "reply", body: writer.finish() });
    const result = await client.recallMsg({ ...group, msgId: "m" });
    const reencoded = msg.recallMsg.encode(result).finish();
    expect(Buffer.from(reencoded).toString()).toContain("future");
  });

  it("a JSON {code, msg} answer on a protobuf endpoint is read as the server's refusal", async () => {
    const { fake, client } = await startFakeAndClient();
    fake.injectFault({
      kind: "reply",
      body: '{"code":-1,"msg":"token expired"}',
      contentType: "application/json",
    });
    const error = await rejectionOf(client.listMessage({ ...group, msgCount: 1 }));
    expect(error).toMatchObject({ kind: "api", code: -1, serverMessage: "token expired" });
  });

  it("malformed JSON, a missing msg, and an int64 beyond 2^53 on JSON endpoints are body errors", async () => {
    const { fake, client } = await startFakeAndClient();
    const call = () => client.listMessageEditRecord({ msgId: "m", page: 1, size: 1 });
    const json = "application/json";
    fake.injectFault({ kind: "reply", body: "{nope", contentType: json });
    expect(await rejectionOf(call())).toMatchObject({
      kind: "invalid-response",
      message: expect.stringMatching(/not valid JSON/),
    });
    fake.injectFault({ kind: "reply", body: '{"code":1}', contentType: json });
    expect(await rejectionOf(call())).toMatchObject({
      kind: "invalid-response",
      message: expect.stringMatching(/msg/),
    });
    const huge =
      '{"code":1,"msg":"success","data":{"total":1,"list":[{"id":1,"msgId":"m","contentType":1,"contentOld":"{}","createTime":9007199254740993,"msgTime":1}]}}';
    fake.injectFault({ kind: "reply", body: huge, contentType: json });
    const error = await rejectionOf(call());
    expect(error).toMatchObject({ kind: "invalid-response" });
    expect(error.message).toContain("data.list.0.createTime is beyond 2^53");
  });

  it("a JSON answer of the wrong shape names the offending field", async () => {
    const { fake, client } = await startFakeAndClient();
    const body = '{"code":1,"msg":"success","data":{"total":1,"list":[{"id":"1"}]}}';
    fake.injectFault({ kind: "reply", body, contentType: "application/json" });
    const error = await rejectionOf(client.listMessageEditRecord({ msgId: "m", page: 1, size: 1 }));
    expect(error.kind).toBe("invalid-response");
    expect(error.message).toMatch(/data\.list\.0\.id/);
  });
});
