import { sendCompressionBomb, sendEndlessBody } from "@chatwire/http-core/testing";
import { describe, expect, it } from "vitest";
import { msg } from "../../src/index.js";
import { chat, clientFor, emptyMessageFlood, hostile, measure, rejectionOf, rssBoundMiB } from "./support.js";

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const protobuf = { "content-type": "application/x-protobuf" };

describe("answers past the response budget", () => {
  it("a 1 GiB protobuf answer is cut at 16 MiB: too-large, not retried, memory bounded", async () => {
    const server = await hostile((_request, response) => sendEndlessBody(response, GiB, protobuf));
    const client = clientFor(server.url, { timeoutMs: 25_000, retry: { retries: 3, minDelayMs: 1 } });
    const { value: error, rssGrowthMiB } = await measure("yunhu listMessage, 1 GiB streamed", () =>
      rejectionOf(client.listMessage({ ...chat, msgCount: 5 })),
    );
    expect(error).toMatchObject({
      kind: "too-large",
      status: 200,
      retryable: false,
      endpoint: "/v1/msg/list-message",
    });
    expect(error.message).toBe(`/v1/msg/list-message: answer larger than maxResponseBytes (${16 * MiB})`);
    expect(server.requests).toHaveLength(1);
    expect(rssGrowthMiB).toBeLessThan(rssBoundMiB);
  });

  it("a 1 GiB JSON answer on a JSON endpoint the same way (here with a 4 MiB budget)", async () => {
    const server = await hostile((_request, response) =>
      sendEndlessBody(response, GiB, { "content-type": "application/json" }),
    );
    const client = clientFor(server.url, {
      maxResponseBytes: 4 * MiB,
      timeoutMs: 25_000,
      retry: { retries: 3, minDelayMs: 1 },
    });
    const { value: error, rssGrowthMiB } = await measure("yunhu listMessageEditRecord, 1 GiB streamed", () =>
      rejectionOf(client.listMessageEditRecord({ msgId: "m", page: 1, size: 10 })),
    );
    expect(error.kind).toBe("too-large");
    expect(server.requests).toHaveLength(1);
    expect(rssGrowthMiB).toBeLessThan(rssBoundMiB);
  });

  it("a gzip bomb (1 GiB inflated) is counted after decompression", async () => {
    const server = await hostile((_request, response) =>
      sendCompressionBomb(response, GiB, "gzip", protobuf),
    );
    const { value: error, rssGrowthMiB } = await measure("yunhu gzip bomb 1 GiB", () =>
      rejectionOf(clientFor(server.url, { timeoutMs: 25_000 }).listMessageBySeq({ ...chat, msgStart: 0 })),
    );
    expect(error.kind).toBe("too-large");
    expect(rssGrowthMiB).toBeLessThan(rssBoundMiB);
  });

  it("maxResponseBytes per call overrides the client's", async () => {
    const body = protobufAnswer2MiB();
    const server = await hostile((_request, response) => response.writeHead(200, protobuf).end(body));
    const client = clientFor(server.url, { maxResponseBytes: MiB });
    expect((await rejectionOf(client.listMessage({ ...chat, msgCount: 5 }))).kind).toBe("too-large");
    const page = await client.listMessage({ ...chat, msgCount: 5 }, { maxResponseBytes: 4 * MiB });
    expect(page.msg[0]?.content?.text).toHaveLength(2 * MiB);
  });
});

function protobufAnswer2MiB(): Uint8Array {
  return msg.listMessage
    .encode(
      msg.listMessage.fromPartial({
        status: { code: 1 },
        msg: [{ msgId: "m", content: { text: "x".repeat(2 * MiB) } }],
      }),
    )
    .finish();
}

describe("the protobuf decode budget", () => {
  it("8 MB of empty repeated msg entries (4 million messages) is too-large, fast and small", async () => {
    const flood = emptyMessageFlood(4_000_000);
    const server = await hostile((_request, response) => response.writeHead(200, protobuf).end(flood));
    const {
      value: error,
      ms,
      rssGrowthMiB,
    } = await measure("yunhu 8 MB of empty msg entries", () =>
      rejectionOf(clientFor(server.url).listMessage({ ...chat, msgCount: 5 })),
    );
    expect(error).toMatchObject({ kind: "too-large", retryable: false, status: 200 });
    expect(error.message).toBe("/v1/msg/list-message: answer has more than 100000 messages (decodeLimits)");
    expect(ms).toBeLessThan(5_000);
    expect(rssGrowthMiB).toBeLessThan(rssBoundMiB);
  });

  it("10 MB of them the same way", async () => {
    const flood = emptyMessageFlood(5_000_000);
    const server = await hostile((_request, response) => response.writeHead(200, protobuf).end(flood));
    const { value: error, rssGrowthMiB } = await measure("yunhu 10 MB of empty msg entries", () =>
      rejectionOf(clientFor(server.url, { timeoutMs: 25_000 }).listMessageBySeq({ ...chat, msgStart: 0 })),
    );
    expect(error.kind).toBe("too-large");
    expect(rssGrowthMiB).toBeLessThan(rssBoundMiB);
  });

  it("a page within the budget decodes; the budget is configurable", async () => {
    const flood = emptyMessageFlood(1_000);
    const server = await hostile((_request, response) => response.writeHead(200, protobuf).end(flood));
    expect((await clientFor(server.url).listMessage({ ...chat, msgCount: 5 })).msg).toHaveLength(1_000);
    const tight = clientFor(server.url, { decodeLimits: { maxMessages: 500 } });
    expect((await rejectionOf(tight.listMessage({ ...chat, msgCount: 5 }))).kind).toBe("too-large");
  });

  it("nesting deeper than maxDepth is too-large", async () => {
    const body = msg.listMessage
      .encode(
        msg.listMessage.fromPartial({
          status: { code: 1 },
          msg: [{ msgId: "m", sender: { tag: [{ text: "t" }] } }],
        }),
      )
      .finish();
    const server = await hostile((_request, response) => response.writeHead(200, protobuf).end(body));
    expect((await clientFor(server.url).listMessage({ ...chat, msgCount: 1 })).msg).toHaveLength(1);
    const shallow = clientFor(server.url, { decodeLimits: { maxDepth: 3 } });
    const error = await rejectionOf(shallow.listMessage({ ...chat, msgCount: 1 }));
    expect(error).toMatchObject({
      kind: "too-large",
      message: "/v1/msg/list-message: answer has messages nested more than 3 levels deep (decodeLimits)",
    });
  });

  it("refuses nonsensical limits at creation", () => {
    expect(() => clientFor("http://127.0.0.1:1", { decodeLimits: { maxMessages: 0 } })).toThrow(RangeError);
    expect(() => clientFor("http://127.0.0.1:1", { maxResponseBytes: -1 })).toThrow(RangeError);
  });
});
