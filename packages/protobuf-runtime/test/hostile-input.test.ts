// Bytes Google's parsers reject are rejected here too, in every field (unknown ones included),
// with a ProtobufDecodeError saying why and where. Each case is built by hand.
import { describe, expect, it } from "vitest";
import { ProtobufDecodeError, WireReader } from "../src/index.js";
import { bytes, thrown, varint } from "./support/bytes.js";

function failure(run: () => unknown): ProtobufDecodeError {
  const error = thrown(run);
  expect(error).toBeInstanceOf(ProtobufDecodeError);
  return error as ProtobufDecodeError;
}

const reader = (...parts: (number | number[])[]) => new WireReader(bytes(...parts));
/** Ten continuation bytes and an end: an eleven-byte varint. */
const elevenBytes = [...new Array(10).fill(0x80), 0x00];
/** A ten-byte varint whose last byte sets bit 64. */
const beyond64 = [...new Array(9).fill(0xff), 0x02];

describe("over-long varints", () => {
  const readers: [string, (r: WireReader) => unknown][] = [
    ["varint32", (r) => r.varint32()],
    ["int32", (r) => r.int32()],
    ["bool", (r) => r.bool()],
    ["int64", (r) => r.int64("M.f")],
    ["uint64", (r) => r.uint64("M.f")],
    ["sint64", (r) => r.sint64("M.f")],
    ["length", (r) => r.length()],
    ["an unknown varint field", (r) => r.skip(8)],
  ];
  for (const [name, read] of readers) {
    it(`are refused by ${name}: eleven bytes, or a tenth byte above 1`, () => {
      for (const input of [elevenBytes, beyond64]) {
        const error = failure(() => read(reader(input)));
        expect(error.reason).toBe("invalid-varint");
        expect(error.offset).toBe(0);
      }
    });
  }

  it("are accepted up to ten bytes with bit 63 set, as int64 -1 is written", () => {
    expect(reader([...new Array(9).fill(0xff), 0x01]).int32()).toBe(-1);
    expect(reader([...new Array(9).fill(0xff), 0x01]).int64("M.f")).toBe(-1);
    // A padded varint is still one value.
    expect(reader(0x81, 0x80, 0x80, 0x00).varint32()).toBe(1);
  });

  it("in a tag: more than five bytes, or beyond 32 bits", () => {
    expect(failure(() => reader(0x88, 0x80, 0x80, 0x80, 0x80, 0x00).tag()).reason).toBe("invalid-tag");
    expect(failure(() => reader(varint(2n ** 32n)).tag()).reason).toBe("invalid-tag");
    expect(reader(varint(2 ** 32 - 1)).tag()).toBe(2 ** 32 - 1);
  });
});

describe("lengths", () => {
  it("of 2^32 or more are refused, not cut to their low 32 bits", () => {
    // 2^32 + 3 would read as 3 if the high bits were dropped, and "abc" would then fit.
    const error = failure(() => reader(varint(2n ** 32n + 3n), 0x61, 0x62, 0x63).string());
    expect(error.reason).toBe("invalid-length");
    expect(failure(() => reader(varint(2n ** 32n + 3n), 0x61, 0x62, 0x63).skip(10)).reason).toBe(
      "invalid-length",
    );
  });

  it("running past the end are refused before anything is read", () => {
    const error = failure(() => reader(5, 0x61, 0x62).bytes());
    expect(error.reason).toBe("truncated");
    expect(error.offset).toBe(1);
    expect(error.message).toBe("premature EOF at byte 1 of 3");
    expect(failure(() => reader(varint(2 ** 31), 0x61).skip(10)).reason).toBe("truncated");
    expect(failure(() => reader(4, 1).enter(4)).reason).toBe("truncated");
  });
});

describe("tags of unknown fields", () => {
  it("field number 0", () => {
    const error = failure(() => reader(1).skip(0));
    expect(error.reason).toBe("invalid-tag");
    expect(error.detail).toBe("invalid tag (field number 0)");
    expect(failure(() => reader(0).skip(2)).reason).toBe("invalid-tag");
  });

  it("wire types 6 and 7", () => {
    expect(failure(() => reader(0).skip((14 << 3) | 6)).detail).toBe("invalid tag (wire type 6)");
    expect(failure(() => reader(0).skip((14 << 3) | 7)).detail).toBe("invalid tag (wire type 7)");
  });

  it("an end-group tag without a start", () => {
    expect(failure(() => reader(0).skip((14 << 3) | 4)).detail).toBe(
      "invalid tag (an end-group tag without a matching start)",
    );
  });

  it("a group that never ends, or ends with another field's tag", () => {
    expect(failure(() => reader(0x08, 0x01).skip((3 << 3) | 3)).reason).toBe("invalid-group");
    expect(failure(() => reader((4 << 3) | 4).skip((3 << 3) | 3)).reason).toBe("invalid-group");
  });

  it("an over-long varint inside a skipped group", () => {
    expect(failure(() => reader(0x08, elevenBytes, (3 << 3) | 4).skip((3 << 3) | 3)).reason).toBe(
      "invalid-varint",
    );
  });

  it("groups nested deeper than maxDepth", () => {
    const open = varint((3 << 3) | 3);
    const close = varint((3 << 3) | 4);
    const nested = (depth: number) =>
      bytes(...new Array(depth).fill(open), ...new Array(depth + 1).fill(close));
    expect(() => new WireReader(nested(98)).skip((3 << 3) | 3)).not.toThrow();
    expect(failure(() => new WireReader(nested(100)).skip((3 << 3) | 3)).reason).toBe("too-deep");
  });
});

describe("fixed-width values and bytes cut short", () => {
  for (const [name, read] of [
    ["fixed32", (r: WireReader) => r.fixed32()],
    ["float", (r: WireReader) => r.float()],
    ["double", (r: WireReader) => r.double()],
    ["fixed64", (r: WireReader) => r.fixed64("M.f")],
    ["a varint", (r: WireReader) => r.varint32()],
    ["a tag", (r: WireReader) => r.tag()],
  ] as const) {
    it(name, () => {
      expect(failure(() => read(reader(0x80, 0x80, 0x80))).reason).toBe("truncated");
    });
  }

  it("a megabyte of continuation bytes fails at once instead of spinning", () => {
    const input = new Uint8Array(1 << 20).fill(0x80);
    expect(failure(() => new WireReader(input).varint32()).reason).toBe("invalid-varint");
    expect(failure(() => new WireReader(input).skip(8)).reason).toBe("invalid-varint");
  });
});
