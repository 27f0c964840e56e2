import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertRedactableSecret, containsSecret, redactSecrets } from "../src/redact-secrets.js";
import { safeCause } from "../src/safe-cause.js";

describe("redactSecrets", () => {
  it("removes every occurrence, raw and URL-encoded", () => {
    const token = "tok/en+1=abc";
    const text = `header ${token} and url ?t=${encodeURIComponent(token)} and again ${token}`;
    expect(redactSecrets(text, [token])).toBe("header [redacted] and url ?t=[redacted] and again [redacted]");
  });

  it("removes a leading fragment of six or more characters, as parsers and servers quote them", () => {
    const token = "abcdefghijklmnop";
    expect(redactSecrets(`Unexpected token 'a', "abcdefghij"... is not valid JSON`, [token])).toBe(
      `Unexpected token 'a', "[redacted]"... is not valid JSON`,
    );
    expect(redactSecrets("abcde is short", [token])).toBe("abcde is short");
  });

  it("leaves ordinary words alone: only the secret's own characters are replaced", () => {
    expect(redactSecrets("network failure (fetch failed)", ["tttttttt"])).toBe(
      "network failure (fetch failed)",
    );
  });

  it("skips empty and missing secrets", () => {
    expect(redactSecrets("plain text", [undefined, ""])).toBe("plain text");
  });

  it("never leaves a secret or a 6-character head of it behind, whatever surrounds it", () => {
    const tokenLike = fc.stringMatching(/^[A-Za-z0-9._~-]{8,64}$/);
    fc.assert(
      fc.property(
        tokenLike,
        fc.array(fc.string()),
        fc.integer({ min: 6, max: 64 }),
        (secret, pieces, cut) => {
          const text = pieces.join(secret) + secret.slice(0, cut);
          const redacted = redactSecrets(text, [secret]);
          expect(containsSecret(redacted, [secret])).toBe(false);
        },
      ),
    );
  });
});

describe("assertRedactableSecret", () => {
  it("refuses short, non-string and non-ASCII values without echoing them", () => {
    for (const value of ["short", "", undefined, 42, "has space in it", "tok\nsecret-value"]) {
      let message = "";
      try {
        assertRedactableSecret("token", value);
      } catch (error) {
        message = (error as Error).message;
        expect(error).toBeInstanceOf(TypeError);
      }
      expect(message).toMatch(/^token must be/);
      if (typeof value === "string" && value) expect(message).not.toContain(value);
    }
    expect(() => assertRedactableSecret("token", "long-enough-token")).not.toThrow();
  });
});

describe("safeCause", () => {
  it("keeps the original when there are no secrets to hide", () => {
    const cause = new Error("x");
    expect(safeCause(cause, [])).toBe(cause);
  });

  it("copies code and name and redacts string causes", () => {
    const secret = "0123456789abcdef";
    const cause = Object.assign(new Error(`failed for ${secret}`), { code: "E_BAD", name: "FetchError" });
    const copy = safeCause(cause, [secret]) as Error & { code: string };
    expect(copy).not.toBe(cause);
    expect(copy).toMatchObject({ name: "FetchError", code: "E_BAD", message: "failed for [redacted]" });
    expect(safeCause(`text ${secret}`, [secret])).toBe("text [redacted]");
  });
});
