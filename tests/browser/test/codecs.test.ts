// The generated codecs in Chromium: every golden vector decodes and encodes back to protoc's
// bytes, the decoded value equals what Node decodes, and bad bytes fail with the typed error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeFailure, roundTrip } from "../page/codecs.js";
import { type GoldenVector, openimCodecVectors, yunhuVectors } from "../src/golden-vectors.js";
import { openTestPage, skipReason, type TestPage } from "./support/browser-suite.js";

const openim = openimCodecVectors();
const yunhu = yunhuVectors();

describe.skipIf(skipReason !== undefined)("codecs in Chromium", () => {
  let page: TestPage;
  beforeAll(async () => {
    page = await openTestPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  it("runs without Node's Buffer", async () => {
    expect(await page.call("hasBuffer")).toBe(false);
  });

  it("finds the vectors", () => {
    expect(openim.length).toBeGreaterThan(40);
    expect(openim.filter((v) => v.type === "shared.IMMessage").length).toBeGreaterThan(30);
    expect(yunhu.length).toBeGreaterThan(10);
  });

  const roundTrips = (vectors: GoldenVector[]) =>
    it.each(vectors.map((v) => [v.name, v] as const))(
      "%s: protoc's bytes back, Node's value",
      async (_n, v) => {
        const inBrowser = await page.call("roundTrip", v.type, v.bytes);
        expect(Buffer.from(inBrowser.bytes).toString("hex")).toBe(Buffer.from(v.bytes).toString("hex"));
        expect(inBrowser.json).toEqual(roundTrip(v.type, v.bytes).json);
      },
    );
  describe("OpenIM", () => roundTrips(openim));
  describe("Yunhu", () => roundTrips(yunhu));

  it("fails a truncated IMMessage with ProtobufDecodeError, as in Node", async () => {
    const text = openim.find((v) => v.name === "message-text");
    expect(text).toBeDefined();
    const truncated = text?.bytes.slice(0, -1) ?? [];
    const inBrowser = await page.call("decodeFailure", "shared.IMMessage", truncated);
    expect(inBrowser).toMatchObject({
      name: "ProtobufDecodeError",
      protobufDecodeError: true,
      expectedClass: true,
      reason: "truncated",
    });
    expect(inBrowser).toEqual(await decodeFailure("shared.IMMessage", truncated));
  });

  it("fails an over-long varint in a Yunhu answer with ProtobufDecodeError", async () => {
    // status { code: <an 11-byte varint> }
    const bytes = [0x0a, 12, 0x10, ...new Array(10).fill(0xff), 0x01];
    const inBrowser = await page.call("decodeFailure", "msg.sendMessage", bytes);
    expect(inBrowser).toMatchObject({
      protobufDecodeError: true,
      expectedClass: true,
      reason: "invalid-varint",
    });
    expect(inBrowser).toEqual(await decodeFailure("msg.sendMessage", bytes));
  });

  it("threw nothing outside the calls", () => {
    expect(page.pageErrors).toEqual([]);
  });
});
