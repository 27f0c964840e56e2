import fc from "fast-check";
import { parse as losslessParse, stringify as losslessStringify } from "lossless-json";
import { describe, expect, it } from "vitest";
import { isInt64 } from "../src/json/int64.js";
import { JsonParseError } from "../src/json/json-parse-error.js";
import { parseJson } from "../src/json/parse-json.js";
import { stringifyJson } from "../src/json/stringify-json.js";
import { syntaxErrorPosition } from "../src/json/syntax-error-position.js";

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

const maxSafe = Number.MAX_SAFE_INTEGER;

describe("parseJson", () => {
  it("keeps integers up to 2^53 - 1 as numbers", () => {
    expect(parseJson(`{"a":${maxSafe},"b":-${maxSafe},"c":2302128618880}`)).toEqual({
      a: maxSafe,
      b: -maxSafe,
      c: 2302128618880,
    });
  });

  it("turns integers from 2^53 upwards into exact bigints", () => {
    const parsed = parseJson('{"id":9007199254740993,"neg":-9223372036854775808,"edge":9007199254740992}');
    expect(parsed).toEqual({ id: 9007199254740993n, neg: -9223372036854775808n, edge: 9007199254740992n });
  });

  it("finds big integers inside nested arrays", () => {
    expect(parseJson('{"data":{"messages":[{"msg_id":12345678901234567890}]}}')).toEqual({
      data: { messages: [{ msg_id: 12345678901234567890n }] },
    });
  });

  it("leaves fractions and exponents within 2^53 as JSON.parse would", () => {
    const text = '{"w":828.0,"x":0.1,"y":1.5e3,"z":-2.5e-3,"edge":9007199254740991.0,"tiny":1e-400}';
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it.each([
    ["an int64 written as a fraction", '{"id":9007199254740993.0}'],
    ["an int64 written with an exponent", '{"id":9.007199254740993e15}'],
    ["a fraction beyond 2^53", '{"x":12345678901234567.5}'],
    ["a large exponent", "[1e20]"],
    ["a value that overflows to Infinity", '{"n":1e400}'],
    ["a negative one", '{"n":-1e400}'],
  ])("refuses %s instead of rounding it", (_name, text) => {
    const error = catchError(() => parseJson(text));
    expect(error).toBeInstanceOf(JsonParseError);
    expect(error).toMatchObject({ reason: "inexact-number", position: text.search(/[-\d][\d.e+-]*[e.]/) });
  });

  it("does not mistake long digit runs inside strings for numbers", () => {
    expect(parseJson('{"s":"12345678901234567890","n":1}')).toEqual({ s: "12345678901234567890", n: 1 });
  });

  it("keeps the last value of a repeated key on both parsing paths", () => {
    expect(parseJson('{"a":1,"a":2}')).toEqual({ a: 2 });
    expect(parseJson('{"a":1,"a":2,"big":12345678901234567890}')).toEqual({
      a: 2,
      big: 12345678901234567890n,
    });
  });

  it.each(["", "{", '{"a":}', "[1,]", "nul", '{"a":1}x', '{"a":12345678901234567890'])(
    "throws a SyntaxError naming the position on malformed text %j",
    (text) => {
      const error = catchError(() => parseJson(text));
      expect(error).toBeInstanceOf(SyntaxError);
      expect(error).toMatchObject({ name: "JsonParseError", reason: "syntax" });
      expect((error as JsonParseError).position).toBeGreaterThanOrEqual(0);
      expect((error as Error).message).toBe(
        `not valid JSON at position ${(error as JsonParseError).position}`,
      );
    },
  );

  it("never quotes the text it refuses (the text may echo a credential)", () => {
    for (const text of [
      "tk-5b2d4f60",
      '{"token":"tk-5b2d4f60"',
      '{"a":tk-5b2d4f60}',
      "[9007199254740993, tk-5b2d4f60]",
    ]) {
      const error = catchError(() => parseJson(text)) as Error;
      expect(error.message).not.toContain("tk-5b");
      expect(error.message).not.toContain("5b2d4f60");
    }
  });

  it("refuses nesting deeper than maxDepth, even 100 000 levels, without a stack overflow", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(catchError(() => parseJson(deep))).toMatchObject({ reason: "too-deep", position: 64 });
    expect(catchError(() => parseJson('{"a":[[1]]}', { maxDepth: 2 }))).toMatchObject({ reason: "too-deep" });
    expect(parseJson('{"a":[[1]]}', { maxDepth: 3 })).toEqual({ a: [[1]] });
    // Brackets inside strings are text, not nesting.
    expect(parseJson(JSON.stringify({ s: "[".repeat(1000) }), { maxDepth: 1 })).toEqual({
      s: "[".repeat(1000),
    });
  });

  it("agrees with a parse that always goes through the lossless parser, or refuses an inexact number", () => {
    const alwaysLossless = (text: string) =>
      losslessParse(text, null, (literal) => {
        const value = Number(literal);
        return /^-?\d+$/.test(literal) && !Number.isSafeInteger(value) ? BigInt(literal) : value;
      });
    const inexactLiteral = /(?:^|[,[:])(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/g;
    fc.assert(
      fc.property(fc.json(), (text) => {
        let parsed: unknown;
        try {
          parsed = parseJson(text);
        } catch (error) {
          expect(error).toMatchObject({ reason: "inexact-number" });
          const literals = [...text.replace(/"(?:[^"\\]|\\.)*"/g, '""').matchAll(inexactLiteral)].map(
            (m) => m[1]!,
          );
          expect(literals.some((l) => /[.eE]/.test(l) && !(Math.abs(Number(l)) <= maxSafe))).toBe(true);
          return;
        }
        expect(parsed).toEqual(alwaysLossless(text));
      }),
    );
  });
});

describe("parseJson around 2^53", () => {
  const alwaysLossless = (text: string) =>
    losslessParse(text, null, (literal) => {
      const value = Number(literal);
      return /^-?\d+$/.test(literal) && !Number.isSafeInteger(value) ? BigInt(literal) : value;
    });

  it("parses 16-digit IDs up to 2^53 - 1 as numbers and past it as bigints", () => {
    expect(parseJson('{"a":1700000000000001,"b":9007199254740991,"c":9007199254740992}')).toEqual({
      a: 1700000000000001,
      b: 9007199254740991,
      c: 9007199254740992n,
    });
  });

  it("agrees with the lossless parser for integers near the boundary, in any position", () => {
    const nearBoundary = fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n });
    const layout = fc.constantFrom(
      (n: string) => `{"id":${n}}`,
      (n: string) => `[${n},"${n}",${n}]`,
      (n: string) => `{"s":"x${n}y","v":[{"n":${n}}]}`,
    );
    fc.assert(
      fc.property(nearBoundary, layout, (n, place) => {
        const text = place(String(n));
        expect(parseJson(text)).toEqual(alwaysLossless(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseJson of fractions around 2^53", () => {
  it("reads a fraction exactly as JSON.parse does within 2^53 and refuses it beyond", () => {
    const nearBoundary = fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n });
    fc.assert(
      fc.property(nearBoundary, fc.constantFrom(".5", ".0", "e0", ".0e0"), (n, tail) => {
        const literal = `${n}${tail}`;
        const value = Number(literal);
        if (Math.abs(value) <= maxSafe) {
          expect(parseJson(`[${literal}]`)).toEqual([value]);
        } else {
          expect(catchError(() => parseJson(`[${literal}]`))).toMatchObject({
            reason: "inexact-number",
            position: 1,
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("stringifyJson", () => {
  it("writes bigint as an exact JSON number", () => {
    expect(stringifyJson({ targets: [9007199254740993n, 1], n: 2 })).toBe(
      '{"targets":[9007199254740993,1],"n":2}',
    );
  });

  it("matches JSON.stringify for plain values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(stringifyJson(value)).toBe(JSON.stringify(value));
      }),
    );
  });

  it("round-trips int64 values exactly", () => {
    const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    fc.assert(
      fc.property(fc.array(int64), (ids) => {
        const back = parseJson(stringifyJson({ ids })) as { ids: (number | bigint)[] };
        expect(back.ids.map((id) => BigInt(id))).toEqual(ids);
        for (const id of back.ids) {
          expect(typeof id === "number" ? Number.isSafeInteger(id) : id > maxSafe || id < -maxSafe).toBe(
            true,
          );
        }
      }),
    );
  });

  it("refuses values that have no JSON form", () => {
    expect(() => stringifyJson(undefined)).toThrow(TypeError);
    expect(() => stringifyJson(() => 1)).toThrow(TypeError);
    const cycle: Record<string, unknown> = { id: 1n };
    cycle.self = { back: [cycle] };
    expect(() => stringifyJson(cycle)).toThrow(
      new TypeError("cannot serialise a circular structure as JSON"),
    );
    // The same object twice, side by side, is no cycle.
    const shared = { n: 2n };
    expect(stringifyJson({ a: shared, b: [shared, shared] })).toBe('{"a":{"n":2},"b":[{"n":2},{"n":2}]}');
  });

  it("writes what JSON.stringify writes for toJSON, dates, boxed values and what has no JSON form", () => {
    const sparse: unknown[] = new Array(3);
    sparse[0] = 1;
    sparse[2] = 3;
    const value = {
      at: new Date(Date.UTC(2024, 0, 2)),
      own: { toJSON: (key: string) => `key ${key}` },
      boxed: [Object(1), Object("s"), Object(true)],
      dropped: undefined,
      fn: () => 1,
      list: [undefined, () => 1, Symbol("s"), Number.NaN, -0, Number.POSITIVE_INFINITY],
      sparse,
      nested: { deeper: [{ a: 'é\n"' }] },
    };
    expect(stringifyJson(value)).toBe(JSON.stringify(value));
  });

  it("writes a bigint as its number even where an application made BigInt.prototype.toJSON a string", () => {
    const prototype = BigInt.prototype as { toJSON?: () => string };
    prototype.toJSON = function toJSON(this: bigint) {
      return this.toString();
    };
    try {
      expect(stringifyJson({ id: 9007199254740993n, ids: [1n, -2n] })).toBe(
        '{"id":9007199254740993,"ids":[1,-2]}',
      );
    } finally {
      delete prototype.toJSON;
    }
  });

  it("agrees with lossless-json's stringify for values holding bigints", () => {
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.bigInt(),
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie("value"), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(value, (item) => {
        expect(stringifyJson(item)).toBe(losslessStringify(item));
      }),
    );
  });
});

describe("syntaxErrorPosition", () => {
  it("names where the text stops being JSON, as lossless-json does", () => {
    for (const [text, position] of [
      ["", 0],
      ["{", 1],
      ['{"a":}', 5],
      ["[1,]", 3],
      ["nul", 0],
      ['{"a":1}x', 7],
      ['{"a" 1}', 5],
      ['{"a":1,}', 7],
      ['["a\\qb"]', 3],
      ['["a\\u12g4"]', 3],
      ['["tab\\there"]', -1],
      ['"bell\\u0007"', -1],
      ['"raw\u0001char"', 4],
      ["[1 2]", 3],
      ["01", 1],
    ] as const) {
      expect(syntaxErrorPosition(text), text).toBe(position);
    }
  });

  it("is -1 exactly for what JSON.parse reads, and a place in the text otherwise", () => {
    const damaged = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom("", ",", "}", "]", '"', ":", "x", "\\", "-", ".", " ", "\u0001"),
      )
      .map(([text, at, insert]) => {
        const place = at % (text.length + 1);
        return text.slice(0, place) + insert + text.slice(place + (insert === "" ? 1 : 0));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), damaged), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const position = syntaxErrorPosition(text);
        if (valid) expect(position).toBe(-1);
        else {
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("isInt64", () => {
  it("accepts exact integers within int64 (or uint64) in either parsed form", () => {
    expect(isInt64(0)).toBe(true);
    expect(isInt64(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(isInt64(-(2n ** 63n))).toBe(true);
    expect(isInt64(2n ** 63n - 1n)).toBe(true);
    expect(isInt64(2n ** 64n - 1n, true)).toBe(true);
  });

  it("refuses what no int64 can be", () => {
    expect(isInt64(2n ** 63n)).toBe(false);
    expect(isInt64(-(2n ** 63n) - 1n)).toBe(false);
    expect(isInt64(-1, true)).toBe(false);
    expect(isInt64(2n ** 64n, true)).toBe(false);
    expect(isInt64(parseJson("123456789012345678901234567890"))).toBe(false);
    expect(isInt64(1.5)).toBe(false);
    expect(isInt64(2 ** 60)).toBe(false); // a number this large has already lost precision
    expect(isInt64("1")).toBe(false);
  });
});
