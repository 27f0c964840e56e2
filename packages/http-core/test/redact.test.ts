import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactSecrets } from "../src/index.js";

describe("redactSecrets", () => {
  it("removes every occurrence, raw and URL-encoded", () => {
    const token = "tok/en+1=";
    const text = `header ${token} and url ?t=${encodeURIComponent(token)} and again ${token}`;
    const redacted = redactSecrets(text, [token]);
    expect(redacted).not.toContain(token);
    expect(redacted).not.toContain(encodeURIComponent(token));
    expect(redacted).toBe("header [redacted] and url ?t=[redacted] and again [redacted]");
  });

  it("skips empty and missing secrets", () => {
    expect(redactSecrets("plain text", [undefined, ""])).toBe("plain text");
  });

  it("never leaves a token-like secret behind, whatever surrounds it", () => {
    const tokenLike = fc.stringMatching(/^[A-Za-z0-9._~-]{16,64}$/);
    fc.assert(
      fc.property(tokenLike, fc.array(fc.string()), (secret, pieces) => {
        const text = pieces.join(secret);
        expect(redactSecrets(text, [secret])).not.toContain(secret);
      }),
    );
  });
});
