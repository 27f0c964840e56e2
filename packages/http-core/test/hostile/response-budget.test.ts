import { describe, expect, it } from "vitest";
import { sendCompressionBomb, sendEndlessBody } from "../../src/testing/index.js";
import { callerFor, hostile, measure, rejectionOf, rssBoundMiB } from "../support.js";

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const countBytes = { read: (answer: { bytes: Uint8Array }) => answer.bytes.byteLength };
const get = {
  operation: "op",
  method: "GET",
  path: "/",
  repeatable: true,
  read: () => "unreachable",
} as const;

describe("answers larger than maxResponseBytes", () => {
  it("a 1 GiB streamed body stops at the 16 MiB default: too-large, not retried, memory bounded", async () => {
    let written = 0;
    const server = await hostile(async (_request, response) => {
      const write = response.write.bind(response);
      response.write = ((chunk: Buffer, ...rest: never[]) => {
        written += chunk.length;
        return write(chunk, ...rest);
      }) as typeof response.write;
      await sendEndlessBody(response, GiB);
    });
    const caller = callerFor(server.url, { timeoutMs: 25_000, retry: { retries: 3, minDelayMs: 1 } });
    const { value: error, rssGrowthMiB } = await measure("1 GiB streamed body", () =>
      rejectionOf(caller.call(get)),
    );
    expect(error).toMatchObject({ kind: "too-large", status: 200, retryable: false });
    expect(error.message).toBe(`op: answer larger than maxResponseBytes (${16 * MiB})`);
    expect(server.requests).toHaveLength(1);
    expect(written).toBeLessThan(256 * MiB); // the server was cut off, not drained
    expect(rssGrowthMiB).toBeLessThan(rssBoundMiB);
  });

  it("a declared content-length beyond the budget fails before the body is read", async () => {
    let written = 0;
    const server = await hostile(async (_request, response) => {
      response.writeHead(200, { "content-length": String(GiB) });
      const chunk = Buffer.alloc(64 * 1024);
      while (!response.destroyed && written < GiB) {
        written += chunk.length;
        if (!response.write(chunk))
          await new Promise((resolve) => response.once("drain", resolve).once("close", resolve));
      }
    });
    const error = await rejectionOf(callerFor(server.url).call(get));
    expect(error.message).toBe(
      `op: answer larger than maxResponseBytes (${16 * MiB}) (content-length ${GiB})`,
    );
    expect(written).toBeLessThan(64 * MiB);
  });

  it.each(["gzip", "br"] as const)(
    "a %s bomb (1 GiB of zeros from a few KB to 1 MB on the wire) is counted after decompression",
    async (encoding) => {
      const server = await hostile((_request, response) => sendCompressionBomb(response, GiB, encoding));
      const { value: error, rssGrowthMiB } = await measure(`${encoding} bomb 1 GiB`, () =>
        rejectionOf(callerFor(server.url, { maxResponseBytes: 4 * MiB, timeoutMs: 25_000 }).call(get)),
      );
      expect(error).toMatchObject({ kind: "too-large", retryable: false });
      expect(error.message).toBe(`op: answer larger than maxResponseBytes (${4 * MiB})`);
      expect(rssGrowthMiB).toBeLessThan(rssBoundMiB);
    },
  );

  it("a per-call maxResponseBytes overrides the client's, both ways", async () => {
    const server = await hostile((_request, response) => sendEndlessBody(response, 2 * MiB));
    const caller = callerFor(server.url, { maxResponseBytes: MiB });
    expect((await rejectionOf(caller.call({ ...get, ...countBytes }))).kind).toBe("too-large");
    await expect(caller.call({ ...get, ...countBytes }, { maxResponseBytes: 2 * MiB })).resolves.toBe(
      2 * MiB,
    );
    expect(
      (await rejectionOf(caller.call({ ...get, ...countBytes }, { maxResponseBytes: MiB / 2 }))).kind,
    ).toBe("too-large");
  });

  it("an answer exactly at the budget is read whole", async () => {
    const server = await hostile((_request, response) => sendCompressionBomb(response, MiB));
    await expect(
      callerFor(server.url, { maxResponseBytes: MiB }).call({ ...get, ...countBytes }),
    ).resolves.toBe(MiB);
  });

  it("refuses a nonsensical budget at creation and per call", async () => {
    expect(() => callerFor("http://127.0.0.1:1", { maxResponseBytes: 0 })).toThrow(RangeError);
    expect(() => callerFor("http://127.0.0.1:1", { maxResponseBytes: Number.NaN })).toThrow(RangeError);
    const error = await rejectionOf(callerFor("http://127.0.0.1:1").call(get, { maxResponseBytes: -1 }));
    expect(error).toMatchObject({ kind: "invalid-request", retryable: false });
  });
});
