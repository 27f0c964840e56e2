// Malformed bytes must fail with an Error, never hang and never yield part of a message.
import { describe, expect, it } from "vitest";
import { EventOnUserStatusChangedData } from "../src/gen/event.js";
import { IMMessage } from "../src/gen/shared.js";
import { ProtobufDecodeError } from "../src/index.js";
import { varint } from "./support/wire-segments.js";

const catchError = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};

const bytes = (...parts: (number | number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

describe("IMMessage.decode rejects malformed input", () => {
  it("a varint cut short", () => {
    // field 3 (createTime), varint with its continuation bit set and nothing after it
    expect(() => IMMessage.decode(bytes(0x18, 0x80))).toThrow(Error);
  });

  it("a string cut short", () => {
    expect(() => IMMessage.decode(bytes(0x0a, 5, "abc"))).toThrow(/premature EOF/);
  });

  it("a length far beyond the input", () => {
    expect(() => IMMessage.decode(bytes(0x0a, varint(2 ** 32 - 1), "abc"))).toThrow(Error);
    expect(() => IMMessage.decode(bytes(0x92, 0x01, varint(2 ** 31), 0x0a, 1, "x"))).toThrow(Error);
  });

  it("a nested field that runs past its message's length", () => {
    // offlinePush (field 18) claims 2 bytes, but holds a 7-byte title field
    const input = bytes(0x92, 0x01, 2, 0x0a, 5, "hello");
    expect(() => IMMessage.decode(input)).toThrow(
      /^IMMessage\.offlinePush: a field runs past the end of its enclosing length at byte 10 of 10$/,
    );
  });

  it("a declared field with the wrong wire type", () => {
    // clientMsgID (field 1) is a string, sent as a varint
    expect(() => IMMessage.decode(bytes(0x08, 1))).toThrow(/^IMMessage: field 1 has wire type 0/);
    // seq (field 15) is a varint, sent length-delimited
    expect(() => IMMessage.decode(bytes(0x7a, 1, 0))).toThrow(/^IMMessage: field 15 has wire type 2/);
    // a content member with a fixed32 payload
    expect(() => IMMessage.decode(bytes(0xbd, 0x13, 1, 2, 3, 4))).toThrow(
      /^IMMessage: field 311 has wire type 5/,
    );
  });

  it("field number 0", () => {
    expect(() => IMMessage.decode(bytes(0x00, 0x01))).toThrow(/invalid tag \(field number 0\)/);
    expect(() => IMMessage.decode(bytes(0x02, 0x00))).toThrow(/field number 0/);
  });

  it("an end-group tag without a start", () => {
    // an end-group for field 14, which IMMessage does not declare
    expect(() => IMMessage.decode(bytes(0x0a, 1, "a", varint(14 * 8 + 4)))).toThrow(
      /end-group tag without a matching start/,
    );
    // on a declared field it is a wire-type mismatch
    expect(() => IMMessage.decode(bytes(0x0c))).toThrow(/field 1 has wire type 4/);
  });

  it("a group that never ends, or ends with another field's tag", () => {
    const start = varint(14 * 8 + 3);
    expect(() => IMMessage.decode(bytes(start))).toThrow(Error);
    expect(() => IMMessage.decode(bytes(start, varint(15 * 8 + 4)))).toThrow(
      /group 14 ended by another field's tag/,
    );
  });

  it("wire types 6 and 7", () => {
    expect(() => IMMessage.decode(bytes(varint(14 * 8 + 6)))).toThrow(Error);
    expect(() => IMMessage.decode(bytes(varint(14 * 8 + 7)))).toThrow(Error);
  });

  it("invalid UTF-8 in a string", () => {
    const error = catchError(() => IMMessage.decode(bytes(0x0a, 2, 0xc3, 0x28)));
    expect(error).toBeInstanceOf(ProtobufDecodeError);
    expect((error as ProtobufDecodeError).cause).toBeInstanceOf(TypeError);
  });

  it("a packed list whose last element runs past the list's length", () => {
    // platformIDs (field 2, packed) of length 1 holding a two-byte varint
    const input = bytes(0x12, 1, 0x80, 0x01);
    expect(() => EventOnUserStatusChangedData.decode(input)).toThrow(
      /EventOnUserStatusChangedData: a field runs past/,
    );
  });

  it("nesting deeper than the recursion limit", () => {
    let inner = IMMessage.encode(IMMessage.fromPartial({ clientMsgID: "bottom" })).finish();
    for (let depth = 0; depth < 120; depth++) {
      const quote = bytes(0x12, varint(inner.length), [...inner]); // QuoteElem.quoteMessage
      inner = bytes(0x92, 0x02, varint(quote.length), [...quote]); // IMMessage.quoteElem (34)
    }
    const error = catchError(() => IMMessage.decode(inner));
    expect(error).toBeInstanceOf(ProtobufDecodeError);
    expect((error as ProtobufDecodeError).reason).toBe("too-deep");
    expect((error as Error).message).toMatch(
      /: messages nested more than 100 levels deep at byte \d+ of \d+$/,
    );
  });

  it("a megabyte of continuation bytes fails instead of spinning", () => {
    expect(() => IMMessage.decode(new Uint8Array(1 << 20).fill(0x80))).toThrow(Error);
    // field 14 (not declared) as a varint of a million continuation bytes
    const unknownVarint = new Uint8Array(1 + (1 << 20)).fill(0x80);
    unknownVarint[0] = 14 * 8;
    expect(() => IMMessage.decode(unknownVarint)).toThrow(Error);
  });
});
