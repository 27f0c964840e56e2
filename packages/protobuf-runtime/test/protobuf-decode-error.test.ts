// The one decode error: its path grows as it leaves nested messages, and its guard recognises an
// error made by another copy of this package.
import { describe, expect, it } from "vitest";
import { decodeFailure, isProtobufDecodeError, ProtobufDecodeError, WireReader } from "../src/index.js";

const reader = () => {
  const r = new WireReader(new Uint8Array(12));
  r.depth = 3;
  return r;
};
const truncated = () => new ProtobufDecodeError("truncated", "premature EOF", 9, 12);

describe("decodeFailure", () => {
  it("names the message whose own fields failed", () => {
    const error = decodeFailure(reader(), truncated(), "TextElem", 10) as ProtobufDecodeError;
    expect(error.path).toBe("TextElem");
    expect(error.message).toBe("TextElem: premature EOF at byte 9 of 12");
  });

  it("replaces a nested message's name by the enclosing message and the field holding it", () => {
    const r = reader();
    let error = decodeFailure(r, truncated(), "TextElem", 10) as ProtobufDecodeError;
    error = decodeFailure(r, error, "QuoteElem", (2 << 3) | 2, { 2: "quoteMessage" }) as ProtobufDecodeError;
    error = decodeFailure(r, error, "IMMessage", (34 << 3) | 2, { 34: "quoteElem" }) as ProtobufDecodeError;
    expect(error.path).toBe("IMMessage.quoteElem.quoteMessage");
    expect(error.message).toBe("IMMessage.quoteElem.quoteMessage: premature EOF at byte 9 of 12");
    expect(r.depth).toBe(0);
  });

  it("falls back to the field number when the field has no name in the table", () => {
    const inner = decodeFailure(reader(), truncated(), "Inner", 8);
    expect((decodeFailure(reader(), inner, "Outer", (7 << 3) | 2) as ProtobufDecodeError).path).toBe(
      "Outer.#7",
    );
  });

  it("lets every other error through unchanged, such as an int64 RangeError naming its field", () => {
    const range = new RangeError("IMMessage.seq: 9007199254740993 is beyond ±(2^53-1)");
    expect(decodeFailure(reader(), range, "IMMessage", 120)).toBe(range);
  });
});

describe("ProtobufDecodeError", () => {
  it("carries reason, offset and detail, and keeps a cause", () => {
    const cause = new TypeError("bad bytes");
    const error = new ProtobufDecodeError("invalid-utf8", "a string that is not valid UTF-8", 3, 5, cause);
    expect(error).toMatchObject({ name: "ProtobufDecodeError", reason: "invalid-utf8", offset: 3, path: "" });
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(Error);
  });

  it("is recognised across copies of the package, by its brand", () => {
    const error = truncated();
    expect(isProtobufDecodeError(error)).toBe(true);
    // What another copy's error looks like to this one: a different class with the same brand.
    const brands = Symbol.for("@chatwire/errors.brands");
    const foreign = Object.defineProperty(new Error("x"), brands, { value: ["ProtobufDecodeError"] });
    expect(isProtobufDecodeError(foreign)).toBe(true);
    expect(foreign).toBeInstanceOf(ProtobufDecodeError);
    expect(isProtobufDecodeError(new Error("x"))).toBe(false);
    expect(isProtobufDecodeError({ name: "ProtobufDecodeError" })).toBe(false);
  });
});
