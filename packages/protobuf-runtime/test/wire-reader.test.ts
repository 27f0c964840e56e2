// WireReader against @bufbuild/protobuf's BinaryReader on well-formed bytes: the same values,
// the same positions. (Where the two differ on malformed bytes, hostile-input.test.ts says why.)
import { BinaryReader, BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isProtobufDecodeError, WireReader } from "../src/index.js";
import { apply, text, type Write, writes } from "./support/write-plan.js";

const int64Reads = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);

function readPlan(reader: WireReader, list: readonly Write[]): unknown[] {
  const values: unknown[] = [];
  for (const w of list) {
    if (w.kind === "fork") {
      values.push(reader.length());
      values.push(readPlan(reader, w.value));
    } else if (w.kind === "tag") values.push(reader.tag());
    else if (int64Reads.has(w.kind)) values.push((reader[w.kind as "int64"] as (f: string) => number)("M.f"));
    else values.push((reader[w.kind] as () => unknown).call(reader));
  }
  return values;
}

function oracleRead(reader: BinaryReader, list: readonly Write[]): unknown[] {
  const values: unknown[] = [];
  for (const w of list) {
    if (w.kind === "fork") {
      values.push(reader.uint32());
      values.push(oracleRead(reader, w.value));
    } else if (w.kind === "tag") values.push(reader.uint32());
    else if (int64Reads.has(w.kind)) values.push(Number((reader[w.kind as "int64"] as () => bigint)()));
    else if (w.kind === "string") values.push(reader.string(true));
    else values.push((reader[w.kind] as () => unknown).call(reader));
  }
  return values;
}

describe("WireReader", () => {
  it("reads every field type as BinaryReader does", () => {
    fc.assert(
      fc.property(writes, (list) => {
        const bytes = apply(new BinaryWriter(), list).finish();
        const reader = new WireReader(bytes);
        const oracle = new BinaryReader(bytes);
        expect(readPlan(reader, list)).toEqual(oracleRead(oracle, list));
        expect(reader.pos).toBe(oracle.pos);
      }),
      { numRuns: 400 },
    );
  });

  it("reads what was cut short as a ProtobufDecodeError, never as a value", () => {
    fc.assert(
      fc.property(writes, fc.nat(), (list, cut) => {
        const bytes = apply(new BinaryWriter(), list).finish();
        if (bytes.length === 0) return;
        const truncated = bytes.subarray(0, cut % bytes.length);
        let outcome: unknown;
        try {
          readPlan(new WireReader(truncated), list);
          outcome = "read";
        } catch (error) {
          outcome = error;
        }
        // A cut between two values may still read a prefix; reading all of them never succeeds.
        expect(isProtobufDecodeError(outcome)).toBe(true);
        expect((outcome as { reason: string }).reason).toBe("truncated");
      }),
      { numRuns: 400 },
    );
  });

  it("decodes strings exactly as written, and rejects invalid UTF-8 as TextDecoder does", () => {
    fc.assert(
      fc.property(text, (value) => {
        const bytes = new BinaryWriter().string(value).finish();
        expect(new WireReader(bytes).string()).toBe(new BinaryReader(bytes).string(true));
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (raw) => {
        const bytes = new BinaryWriter().bytes(raw).finish();
        const expected = (() => {
          try {
            return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw);
          } catch {
            return "invalid";
          }
        })();
        const actual = (() => {
          try {
            return new WireReader(bytes).string();
          } catch (error) {
            return isProtobufDecodeError(error) && error.reason === "invalid-utf8" ? "invalid" : error;
          }
        })();
        expect(actual).toBe(expected);
      }),
      { numRuns: 1000 },
    );
    // A leading U+FEFF is text in a protobuf string, not a byte-order mark.
    expect(new WireReader(new Uint8Array([3, 0xef, 0xbb, 0xbf])).string()).toBe("\uFEFF");
  });

  it("reads int64 exactly, or names the field when a number cannot hold it", () => {
    const edge = new BinaryWriter()
      .int64(-(2n ** 53n))
      .int64(-(2n ** 53n) + 1n)
      .uint64(2n ** 64n - 1n)
      .sint64(2n ** 53n)
      .fixed64(2n ** 53n - 1n)
      .sfixed64(-(2n ** 63n))
      .finish();
    const reader = new WireReader(edge);
    expect(() => reader.int64("M.f")).toThrow(
      new RangeError("M.f: -9007199254740992 is beyond ±(2^53-1) and cannot be a number exactly"),
    );
    expect(reader.int64("M.f")).toBe(-(2 ** 53) + 1);
    expect(() => reader.uint64("M.u")).toThrow("M.u: 18446744073709551615 is beyond");
    expect(() => reader.sint64("M.s")).toThrow("M.s: 9007199254740992 is beyond");
    expect(reader.fixed64("M.x")).toBe(2 ** 53 - 1);
    expect(() => reader.sfixed64("M.y")).toThrow("M.y: -9223372036854775808 is beyond");
  });

  it("skips every wire type and returns the bytes to write back, groups included", () => {
    const group = new BinaryWriter()
      .tag(1, WireType.Varint)
      .uint32(150)
      .tag(2, WireType.LengthDelimited)
      .string("x")
      .tag(3, WireType.EndGroup)
      .finish();
    const cases: [number, Uint8Array][] = [
      [(1 << 3) | WireType.Varint, new BinaryWriter().int64(-1n).finish()],
      [(1 << 3) | WireType.Bit64, new BinaryWriter().fixed64(2n ** 63n).finish()],
      [(1 << 3) | WireType.Bit32, new BinaryWriter().fixed32(7).finish()],
      [(1 << 3) | WireType.LengthDelimited, new BinaryWriter().string("payload").finish()],
      [(3 << 3) | WireType.StartGroup, group],
    ];
    for (const [tag, value] of cases) {
      const reader = new WireReader(new Uint8Array([...value, 0x99]));
      expect(reader.skip(tag)).toEqual(value);
      expect(reader.pos).toBe(value.length);
    }
  });

  it("refuses input that is not a Uint8Array", () => {
    expect(() => new WireReader("bytes" as never)).toThrow(
      new TypeError("protobuf input must be a Uint8Array, not string"),
    );
    expect(() => new WireReader(null as never)).toThrow(TypeError);
  });
});
