import { sendTrickle } from "@chatwire/http-core/testing";
import { describe, expect, it } from "vitest";
import { chat, clientFor, emptyMessageFlood, hostile, measure, rejectionOf } from "./support.js";

const protobuf = { "content-type": "application/x-protobuf" };

describe("timeoutMs is a hard limit of each attempt", () => {
  it("a body that trickles past the deadline on every attempt ends within totalTimeoutMs", async () => {
    const server = await hostile((_request, response) =>
      sendTrickle(response, {
        chunk: new Uint8Array([0x12, 0x00]),
        everyMs: 50,
        times: 400,
        headers: protobuf,
      }),
    );
    const client = clientFor(server.url, {
      timeoutMs: 300,
      totalTimeoutMs: 700,
      retry: { retries: 5, minDelayMs: 1, maxDelayMs: 1 },
    });
    const { value: error, ms } = await measure("yunhu trickle, 300 ms per attempt, 700 ms in all", () =>
      rejectionOf(client.listMessage({ ...chat, msgCount: 5 })),
    );
    expect(error).toMatchObject({ kind: "timeout", endpoint: "/v1/msg/list-message" });
    expect(server.requests.length).toBeLessThanOrEqual(3); // six attempts would take 1.8 s
    expect(ms).toBeLessThan(3_000); // the trickle lasts 20 s
  });

  it("a decode that runs past the deadline does not resolve: it stops with a timeout", async () => {
    // 6 million empty entries within a raised message budget: seconds of decoding, in memory.
    const flood = emptyMessageFlood(6_000_000);
    const answering: typeof fetch = async () =>
      new Response(flood as Uint8Array<ArrayBuffer>, { headers: protobuf });
    const client = clientFor("http://127.0.0.1:9", {
      fetch: answering,
      timeoutMs: 150,
      decodeLimits: { maxMessages: 10_000_000 },
    });
    const { value: error, ms } = await measure("yunhu decode cut at a 150 ms deadline", () =>
      rejectionOf(client.listMessage({ ...chat, msgCount: 5 })),
    );
    expect(error).toMatchObject({
      kind: "timeout",
      message: "/v1/msg/list-message: the attempt ran out of time (150 ms)",
    });
    expect(ms).toBeLessThan(3_000);
  });

  it("totalTimeoutMs bounds the whole call with its retries", async () => {
    const server = await hostile(() => new Promise(() => undefined));
    const client = clientFor(server.url, {
      timeoutMs: 200,
      totalTimeoutMs: 500,
      retry: { retries: 20, minDelayMs: 1, maxDelayMs: 1 },
    });
    const { value: error, ms } = await measure("yunhu hanging server, total 500 ms", () =>
      rejectionOf(client.listMessage({ ...chat, msgCount: 5 })),
    );
    expect(error.kind).toBe("timeout");
    expect(ms).toBeLessThan(2_500);
    expect(server.requests.length).toBeLessThanOrEqual(4);
  });
});
