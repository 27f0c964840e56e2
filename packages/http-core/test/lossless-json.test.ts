import fc from "fast-check";
import { parse as losslessParse } from "lossless-json";
import { describe, expect, it } from "vitest";
import { parseJson, stringifyJson } from "../src/lossless-json.js";

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

  it("leaves non-integers as JSON.parse would", () => {
    expect(parseJson('{"w":828.0,"x":0.1,"y":1e20,"z":12345678901234567.5}')).toEqual({
      w: 828,
      x: 0.1,
      y: 1e20,
      z: Number("12345678901234567.5"),
    });
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
    "throws SyntaxError on malformed text %j",
    (text) => {
      expect(() => parseJson(text)).toThrow(SyntaxError);
    },
  );

  it("agrees with a parse that always goes through the lossless parser", () => {
    const alwaysLossless = (text: string) =>
      losslessParse(text, null, (literal) => {
        const value = Number(literal);
        return /^-?\d+$/.test(literal) && !Number.isSafeInteger(value) ? BigInt(literal) : value;
      });
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parseJson(text)).toEqual(alwaysLossless(text));
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
      (n: string) => `[${n},"${n}",${n}.5]`,
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
  });
});
