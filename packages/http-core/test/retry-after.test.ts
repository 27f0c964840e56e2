import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../src/retry-after.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-05-01T12:00:00Z");

  it("reads delay-seconds", () => {
    expect(parseRetryAfter("0", now)).toBe(0);
    expect(parseRetryAfter(" 3 ", now)).toBe(3000);
  });

  it("reads an HTTP-date relative to now", () => {
    expect(parseRetryAfter("Wed, 01 May 2024 12:00:05 GMT", now)).toBe(5000);
  });

  it("treats a date in the past as no wait", () => {
    expect(parseRetryAfter("Wed, 01 May 2024 11:00:00 GMT", now)).toBe(0);
  });

  it.each([null, undefined, "", "-1", "1.5", "soon", "2"])("ignores absent or malformed %j", (value) => {
    if (value === "2") {
      expect(parseRetryAfter(value, now)).toBe(2000);
      return;
    }
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
