import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ChatwireError, isChatwireError } from "../src/chatwire-error.js";
import { hasErrorBrand, setErrorBrands } from "../src/error-brand.js";

class ClientError extends ChatwireError {
  static override readonly brand: string = "ClientError";
  override name = "ClientError";
}

class NarrowClientError extends ClientError {
  static override readonly brand: string = "NarrowClientError";
  override name = "NarrowClientError";
}

const secret = "s3cr3t-token-value";

describe("ChatwireError", () => {
  it("carries kind, operation, status, code and a retryable flag derived from the kind", () => {
    const error = new ClientError("busy", { kind: "http", operation: "GET /x", status: 503, code: 7 });
    expect(error).toMatchObject({ kind: "http", operation: "GET /x", status: 503, code: 7, retryable: true });
    expect(new ClientError("no", { kind: "http", operation: "GET /x", status: 404 }).retryable).toBe(false);
    expect(new ClientError("no", { kind: "network", operation: "GET /x" })).toMatchObject({
      status: 0,
      retryable: true,
    });
    expect(new ClientError("x", { kind: "timeout", operation: "o", retryable: false }).retryable).toBe(false);
  });

  it("redacts secrets from the message, the stack and every form of the error", () => {
    const error = new ClientError(`server said: bad token ${secret}`, {
      kind: "api",
      operation: "POST /send",
      secrets: [secret],
    });
    for (const form of [
      error.message,
      error.stack ?? "",
      inspect(error, { depth: 10 }),
      JSON.stringify(error),
    ]) {
      expect(form).not.toContain(secret.slice(0, 6));
      expect(form).toContain("[redacted]");
    }
  });

  it("replaces a cause whose text holds a secret by a redacted copy, and keeps a clean one as is", () => {
    const dirty = new SyntaxError(`Unexpected token 's', "${secret.slice(0, 9)}"... is not valid JSON`);
    const withDirty = new ClientError("bad body", {
      kind: "invalid-response",
      operation: "o",
      cause: dirty,
      secrets: [secret],
    });
    expect(withDirty.cause).not.toBe(dirty);
    expect((withDirty.cause as Error).name).toBe("SyntaxError");
    expect(inspect(withDirty, { depth: 10 })).not.toContain(secret.slice(0, 6));

    const nested = new Error("outer", { cause: new Error(`inner ${secret}`) });
    const withNested = new ClientError("x", {
      kind: "network",
      operation: "o",
      cause: nested,
      secrets: [secret],
    });
    expect(inspect(withNested, { depth: 10 })).not.toContain(secret.slice(0, 6));

    const clean = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const withClean = new ClientError("x", {
      kind: "network",
      operation: "o",
      cause: clean,
      secrets: [secret],
    });
    expect(withClean.cause).toBe(clean);
  });

  it("writes a plain JSON form without the cause", () => {
    const error = new ClientError("slow", {
      kind: "http",
      operation: "GET /x",
      status: 429,
      retryAfterMs: 1000,
      cause: new Error("inner"),
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "ClientError",
      message: "slow",
      kind: "http",
      operation: "GET /x",
      status: 429,
      retryable: true,
      retryAfterMs: 1000,
    });
  });
});

describe("guards across copies of a package", () => {
  it("instanceof follows the brand chain", () => {
    const narrow = new NarrowClientError("x", { kind: "api", operation: "o" });
    expect(narrow).toBeInstanceOf(NarrowClientError);
    expect(narrow).toBeInstanceOf(ClientError);
    expect(narrow).toBeInstanceOf(ChatwireError);
    expect(narrow).toBeInstanceOf(Error);
    expect(new ClientError("x", { kind: "api", operation: "o" })).not.toBeInstanceOf(NarrowClientError);
    expect(isChatwireError(narrow)).toBe(true);
    expect(isChatwireError(new Error("plain"))).toBe(false);
    expect(isChatwireError(null)).toBe(false);
  });

  it("recognises an error made by another copy of the class", () => {
    // What a second install looks like: a different class object with the same brand names.
    class OtherCopyBase extends Error {}
    const foreign = new OtherCopyBase("from another copy");
    setErrorBrands(foreign, ["ClientError", "ChatwireError"]);
    expect(foreign instanceof ClientError).toBe(true);
    expect(foreign instanceof NarrowClientError).toBe(false);
    expect(isChatwireError(foreign)).toBe(true);
    expect(hasErrorBrand(foreign, "ClientError")).toBe(true);
  });

  it("hides the brands from enumeration", () => {
    const error = new ClientError("x", { kind: "api", operation: "o" });
    expect(Object.keys(error)).not.toContain("brands");
    expect(inspect(error)).not.toContain("@chatwire/errors.brands");
  });
});
