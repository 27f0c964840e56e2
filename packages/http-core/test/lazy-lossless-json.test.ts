// Answers are parsed without lossless-json unless their bytes may hold an integer beyond 2^53:
// only then is it loaded, before `read` runs, so that `answer.json()` stays synchronous and exact.
import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { mayHoldUnsafeInteger } from "../src/json/may-hold-unsafe-integer.js";
import { scanJson } from "../src/json/scan-json.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("mayHoldUnsafeInteger", () => {
  it("is true for 16 or more digits in a row, wherever they are, and false below", () => {
    expect(mayHoldUnsafeInteger(bytes("9007199254740993"))).toBe(true);
    expect(mayHoldUnsafeInteger(bytes("900719925474099"))).toBe(false);
    expect(mayHoldUnsafeInteger(bytes('{"a":123456789012345,"b":123456789012345}'))).toBe(false);
    for (let offset = 0; offset < 40; offset++) {
      const text = `${"x".repeat(offset)}1234567890123456${"y".repeat(offset % 7)}`;
      expect(mayHoldUnsafeInteger(bytes(text)), text).toBe(true);
      expect(mayHoldUnsafeInteger(bytes(text.replace("6", "")))).toBe(false);
    }
    expect(mayHoldUnsafeInteger(bytes(""))).toBe(false);
    expect(mayHoldUnsafeInteger(bytes(`${"1".repeat(15)}é${"1".repeat(15)}`))).toBe(false);
  });

  it("never misses a text the scan finds an unsafe integer in", () => {
    const literal = fc.oneof(
      fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map(String),
      fc.integer().map(String),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    );
    const text = fc
      .tuple(fc.json(), fc.array(literal, { maxLength: 5 }))
      .map(([json, numbers]) => `[${[json, ...numbers].join(",")}]`);
    fc.assert(
      fc.property(text, (json) => {
        let unsafe = false;
        try {
          unsafe = scanJson(json, 64).hasUnsafeInteger;
        } catch {
          return; // refused before any parser is asked
        }
        if (unsafe) expect(mayHoldUnsafeInteger(bytes(json))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("answers read through a caller", () => {
  let loads = 0;
  beforeEach(() => {
    loads = 0;
    vi.resetModules();
    vi.doMock("lossless-json", async (importOriginal) => {
      loads++;
      return importOriginal();
    });
  });

  /** A caller from a fresh copy of the module graph, its fetch answering `body` with `status`. */
  async function callerAnswering(body: string, status = 200) {
    // Not the package root: its public parseJson imports lossless-json for itself.
    const { createHttpCaller } = await import("../src/create-http-caller.js");
    return createHttpCaller({
      baseUrl: "https://api.example",
      retry: false,
      fetch: async () => new Response(body, { status }),
    });
  }
  const readJson = {
    operation: "op",
    method: "GET",
    path: "/x",
    repeatable: true,
    read: (answer: { json(): unknown }) => answer.json(),
  };

  it("parse an answer without big integers natively: lossless-json is not loaded", async () => {
    const caller = await callerAnswering('{"code":0,"data":{"id":2302128618880,"ids":[1,2],"s":"x"}}');
    expect(await caller.call(readJson)).toEqual({
      code: 0,
      data: { id: 2302128618880, ids: [1, 2], s: "x" },
    });
    expect(loads).toBe(0);
  });

  it("load lossless-json once for big integers, which come back exact as bigint", async () => {
    const caller = await callerAnswering('{"data":{"id":9007199254740993,"small":1700000000000001}}');
    expect(await caller.call(readJson)).toEqual({ data: { id: 9007199254740993n, small: 1700000000000001 } });
    expect(await caller.call(readJson)).toEqual({ data: { id: 9007199254740993n, small: 1700000000000001 } });
    expect(loads).toBe(1);
  });

  it("keep every guarantee without lossless-json: depth, inexact numbers, syntax errors naming a position", async () => {
    const deep = await callerAnswering(`${"[".repeat(65)}${"]".repeat(65)}`);
    await expect(deep.call(readJson)).rejects.toMatchObject({ kind: "too-large" });
    const inexact = await callerAnswering('{"id":9.007199254740993e15}');
    await expect(inexact.call(readJson)).rejects.toMatchObject({ kind: "invalid-response" });
    const broken = await callerAnswering('{"id":1,}');
    await expect(broken.call(readJson)).rejects.toMatchObject({
      kind: "invalid-response",
      message: "op: answer is not valid JSON at position 8",
    });
    expect(loads).toBe(0);
  });

  it("load lossless-json before a refused answer's body is read, too", async () => {
    const caller = await callerAnswering('{"code":9007199254740993}', 500);
    const error = await caller
      .call({
        ...readJson,
        readFailure: (answer) => ({ detail: `code ${String((answer.json() as { code: unknown }).code)}` }),
      })
      .catch((failure: unknown) => failure);
    expect(error).toMatchObject({ kind: "http", message: "op: HTTP 500: code 9007199254740993" });
    expect(loads).toBe(1);
  });
});
