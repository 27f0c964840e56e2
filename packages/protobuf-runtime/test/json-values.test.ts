// The conversions behind the generated fromJSON/toJSON.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64FromBytes, bytesFromBase64, floatToJson, int64FromJSON, isSet } from "../src/index.js";

describe("base64", () => {
  it("writes standard base64 with padding, as Node's Buffer does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(base64FromBytes(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
    );
  });

  it("reads standard and URL-safe base64, with or without padding", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const standard = Buffer.from(bytes).toString("base64");
        expect(bytesFromBase64(standard, "M.f")).toEqual(bytes);
        expect(bytesFromBase64(Buffer.from(bytes).toString("base64url"), "M.f")).toEqual(bytes);
        expect(bytesFromBase64(standard.replace(/=+$/, ""), "M.f")).toEqual(bytes);
      }),
    );
  });

  it("refuses what is not base64 instead of skipping characters, without echoing it", () => {
    for (const value of ["ab$d", "a", "abc===", "ab cd", 42, null]) {
      expect(() => bytesFromBase64(value, "FfiRequest.data")).toThrow(TypeError);
    }
    expect(() => bytesFromBase64("s3cr3t!!", "FfiRequest.data")).toThrow(
      "FfiRequest.data: a string that is not base64",
    );
    expect(() => bytesFromBase64(7, "M.f")).toThrow("M.f: a number, not base64");
  });
});

describe("int64FromJSON", () => {
  it("takes a safe integer as a number or a decimal string", () => {
    expect(int64FromJSON(42, "M.f", false)).toBe(42);
    expect(int64FromJSON("-9007199254740991", "M.f", false)).toBe(-(2 ** 53 - 1));
  });

  it("refuses floats, exponents, values beyond 2^53 and negative unsigned values", () => {
    for (const value of [
      "9007199254740993",
      "9007199254740993.0",
      "9.007199254740993e15",
      "1e400",
      1e21,
      0.5,
      true,
    ]) {
      expect(() => int64FromJSON(value, "M.f", false)).toThrow(RangeError);
    }
    expect(() => int64FromJSON("-3", "M.u", true)).toThrow("M.u: -3 is not an int64 within ±(2^53-1)");
    expect(() => int64FromJSON("token-abc", "M.f", false)).toThrow(
      "M.f: a string that is not an integer is not an int64",
    );
  });
});

describe("small helpers", () => {
  it("isSet and floatToJson", () => {
    expect([isSet(0), isSet(""), isSet(null), isSet(undefined)]).toEqual([true, true, false, false]);
    expect([floatToJson(1.5), floatToJson(Number.NaN), floatToJson(-Infinity)]).toEqual([
      1.5,
      "NaN",
      "-Infinity",
    ]);
  });
});
