// The FFI envelope in Chromium: requests and results decode with their typed payload and encode
// back to protoc's bytes from name and payload alone; malformed input fails with typed errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ffiRequestRoundTrip, ffiResultFailure, ffiResultRoundTrip } from "../page/ffi-envelope.js";
import { ffiVectors } from "../src/golden-vectors.js";
import { openTestPage, skipReason, type TestPage } from "./support/browser-suite.js";

const requests = ffiVectors("request");
const results = ffiVectors("result");
const hex = (bytes: number[]) => Buffer.from(bytes).toString("hex");

describe.skipIf(skipReason !== undefined)("FFI envelope in Chromium", () => {
  let page: TestPage;
  beforeAll(async () => {
    page = await openTestPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  it("finds request and result vectors, a failure among them", () => {
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.map((v) => v.name)).toContain("ffi-result-error");
  });

  it.each(requests.map((v) => [v.name, v] as const))("%s: request round trip", async (_n, v) => {
    const inBrowser = await page.call("ffiRequestRoundTrip", v.bytes);
    expect(hex(inBrowser.bytes)).toBe(hex(v.bytes));
    expect(inBrowser).toEqual(ffiRequestRoundTrip(v.bytes));
  });

  it.each(results.map((v) => [v.name, v] as const))("%s: result round trip", async (_n, v) => {
    const inBrowser = await page.call("ffiResultRoundTrip", v.bytes);
    expect(hex(inBrowser.bytes)).toBe(hex(v.bytes));
    expect(inBrowser).toEqual(ffiResultRoundTrip(v.bytes));
  });

  it("reads the send-message request's typed payload", async () => {
    const v = requests.find((r) => r.name === "ffi-request-send-message");
    const inBrowser = await page.call("ffiRequestRoundTrip", v?.bytes ?? []);
    expect(inBrowser).toMatchObject({ name: "SendMessage", operationID: "op-send-1", handleID: 17 });
    expect(inBrowser.data).toMatchObject({ message: expect.any(Object) });
  });

  it("reads a failure as ok: false with the core's code and text", async () => {
    const v = results.find((r) => r.name === "ffi-result-error");
    const inBrowser = await page.call("ffiResultRoundTrip", v?.bytes ?? []);
    expect(inBrowser).toMatchObject({ ok: false, errCode: 10002, errMsg: "network timeout" });
  });

  it("fails malformed bytes with FfiDecodeError, as in Node", async () => {
    const bytes = [0x0a, 0x05, 0x61];
    const inBrowser = await page.call("ffiResultFailure", bytes);
    expect(inBrowser).toMatchObject({ name: "FfiDecodeError", expectedClass: true });
    expect(inBrowser).toEqual(await ffiResultFailure(bytes));
  });

  it("refuses a name the registry lacks with FfiEncodeError", async () => {
    const inBrowser = await page.call("ffiUnknownNameFailure", "NoSuchFunction");
    expect(inBrowser).toMatchObject({ name: "FfiEncodeError", expectedClass: true });
    expect(inBrowser.message).toContain("NoSuchFunction");
  });

  it("threw nothing outside the calls", () => {
    expect(page.pageErrors).toEqual([]);
  });
});
