import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { msg } from "../../src/index.js";
import { startFakeYunhuServer } from "../../src/testing/index.js";
import { chat, clientFor, measure, rejectionOf } from "./support.js";

const user = { token: "fake-token-1234", id: "1", name: "A" };

async function withFake<T>(
  options: Parameters<typeof startFakeYunhuServer>[0],
  run: (fake: Awaited<ReturnType<typeof startFakeYunhuServer>>) => Promise<T>,
) {
  const fake = await startFakeYunhuServer({ users: [user], ...options });
  try {
    return await run(fake);
  } finally {
    await fake.close();
  }
}

/** Sends headers and a first piece of a body that never ends; resolves with the answer's status and body. */
function neverEndingUpload(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}/v1/msg/send-message`, { method: "POST", headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) });
        request.destroy();
      });
    });
    request.on("error", reject);
    request.write(Buffer.alloc(64 * 1024)); // and never end()
  });
}

describe("the fake's own limits", () => {
  it("answers a request body over maxRequestBytes with 413, without storing anything", async () => {
    await withFake({ maxRequestBytes: 64 * 1024 }, async (fake) => {
      const client = clientFor(fake.url, { token: user.token });
      const error = await rejectionOf(
        client.sendMessage({ ...chat, contentType: 1, data: { text: "x".repeat(100_000) } }),
      );
      expect(error).toMatchObject({ kind: "http", status: 413, retryable: false });
      expect(fake.messages(chat)).toHaveLength(0);
    });
  });

  it("refuses a declared content-length over the limit before reading a byte", async () => {
    await withFake({}, async (fake) => {
      const answer = await neverEndingUpload(fake.url, {
        token: user.token,
        "content-type": "application/x-protobuf",
        "content-length": String(512 * 2 ** 20),
      });
      expect(answer.status).toBe(413);
    });
  });

  it("checks credentials before reading the body: a stranger's endless upload is answered at once", async () => {
    await withFake({}, async (fake) => {
      const answer = await neverEndingUpload(fake.url, {
        token: "not-a-known-token",
        "content-type": "application/x-protobuf",
        "transfer-encoding": "chunked",
      });
      expect(answer.status).toBe(200);
      expect(msg.sendMessage.decode(answer.body).status).toMatchObject({
        code: 1002,
        msg: "missing or unknown token",
      });
    });
  });

  it("keeps at most maxStoredMessages, evicting the oldest; sequences keep counting", async () => {
    await withFake({ limits: { maxStoredMessages: 5 } }, async (fake) => {
      const client = clientFor(fake.url, { token: user.token });
      for (let i = 1; i <= 12; i++)
        await client.sendMessage({ ...chat, contentType: 1, data: { text: `m${i}` } });
      expect(fake.messages(chat).map((m) => [m.msgSeq, m.content?.text])).toEqual([
        [8, "m8"],
        [9, "m9"],
        [10, "m10"],
        [11, "m11"],
        [12, "m12"],
      ]);
      const evicted = await rejectionOf(
        client.listMessage({ ...chat, msgId: "no-longer-there", msgCount: 1 }),
      );
      expect(evicted.code).toBe(1003);
    });
  });

  it("keeps at most maxStoredBytes of messages and maxLogEntries of requests", async () => {
    await withFake({ limits: { maxStoredBytes: 256 * 1024, maxLogEntries: 10 } }, async (fake) => {
      const client = clientFor(fake.url, { token: user.token });
      const { rssGrowthMiB } = await measure("fake: 60 sends of 100 KB", async () => {
        for (let i = 0; i < 60; i++)
          await client.sendMessage({ ...chat, contentType: 1, data: { text: "x".repeat(100_000) } });
      });
      const stored = fake.messages(chat);
      expect(stored.length).toBeLessThanOrEqual(2);
      expect(stored.at(-1)?.msgSeq).toBe(60);
      expect(fake.requests).toHaveLength(10);
      expect(rssGrowthMiB).toBeLessThan(160);
    });
  });

  it("refuses nonsensical limits", async () => {
    await expect(startFakeYunhuServer({ limits: { maxStoredMessages: 0 } })).rejects.toThrow(RangeError);
  });
});
