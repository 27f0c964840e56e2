import { describe, expect, it } from "vitest";
import { HttpFault } from "../src/legacy/http-fault.js";
import { isTransientFault } from "../src/legacy/transient-fault.js";

describe("HttpFault", () => {
  it("carries kind, status, Retry-After and cause", () => {
    const cause = new Error("socket hang up");
    const fault = new HttpFault("http", "HTTP 503", { status: 503, retryAfterMs: 1000, cause });
    expect(fault).toBeInstanceOf(Error);
    expect(fault.name).toBe("HttpFault");
    expect(fault.kind).toBe("http");
    expect(fault.status).toBe(503);
    expect(fault.retryAfterMs).toBe(1000);
    expect(fault.cause).toBe(cause);
    expect(fault.message).toBe("HTTP 503");
  });

  it("uses status 0 and no Retry-After when there was no answer", () => {
    const fault = new HttpFault("network", "network failure");
    expect(fault.status).toBe(0);
    expect(fault.retryAfterMs).toBeUndefined();
  });
});

describe("isTransientFault", () => {
  it.each([
    [new HttpFault("timeout", "t"), true],
    [new HttpFault("network", "n"), true],
    [new HttpFault("http", "h", { status: 503 }), true],
    [new HttpFault("http", "h", { status: 429 }), true],
    [new HttpFault("http", "h", { status: 500 }), true],
    [new HttpFault("http", "h", { status: 400 }), false],
    [new HttpFault("http", "h", { status: 404 }), false],
    [new HttpFault("aborted", "a"), false],
    [new HttpFault("body", "b", { status: 200 }), false],
    [new Error("plain"), false],
    ["not an error", false],
  ])("classifies %o as transient=%s", (error, expected) => {
    expect(isTransientFault(error)).toBe(expected);
  });
});
