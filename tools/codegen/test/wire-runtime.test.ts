// The runtime emitted next to the generated codecs, against @bufbuild/protobuf's own writer and
// reader: the same calls must give the same bytes and the same values.
import { BinaryReader, BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readInt64, readUint64, WireReader, WireWriter } from "../src/runtime/wire-runtime.js";

type Write =
  | { kind: "uint32" | "fixed32"; value: number }
  | { kind: "int32" | "sint32" | "sfixed32"; value: number }
  | { kind: "int64" | "sint64" | "sfixed64"; value: number | bigint }
  | { kind: "uint64" | "fixed64"; value: number | bigint }
  | { kind: "double" | "float"; value: number }
  | { kind: "bool"; value: boolean }
  | { kind: "string"; value: string }
  | { kind: "bytes"; value: Uint8Array }
  | { kind: "tag"; value: number }
  | { kind: "fork"; value: Write[] };

const int64 = fc.oneof(
  fc.maxSafeInteger(),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
);
const uint64 = fc.oneof(fc.maxSafeNat(), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }));
// Text mixing ASCII, two-, three- and four-byte characters, and lone surrogates.
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 20_000 }),
);

const leaf: fc.Arbitrary<Write> = fc.oneof(
  fc.record({
    kind: fc.constantFrom("uint32" as const, "fixed32" as const),
    value: fc.nat({ max: 2 ** 32 - 1 }),
  }),
  fc.record({
    kind: fc.constantFrom("int32" as const, "sint32" as const, "sfixed32" as const),
    value: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  }),
  fc.record({
    kind: fc.constantFrom("int64" as const, "sint64" as const, "sfixed64" as const),
    value: int64,
  }),
  fc.record({ kind: fc.constantFrom("uint64" as const, "fixed64" as const), value: uint64 }),
  fc.record({ kind: fc.constant("double" as const), value: fc.double() }),
  fc.record({ kind: fc.constant("float" as const), value: fc.float() }),
  fc.record({ kind: fc.constant("bool" as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant("string" as const), value: text }),
  fc.record({ kind: fc.constant("bytes" as const), value: fc.uint8Array({ maxLength: 300 }) }),
  fc.record({ kind: fc.constant("tag" as const), value: fc.integer({ min: 1, max: 2 ** 29 - 1 }) }),
);
const fork = (inner: fc.Arbitrary<Write>): fc.Arbitrary<Write> =>
  fc.record({ kind: fc.constant("fork" as const), value: fc.array(inner, { maxLength: 6 }) });
/** Writes, with length-delimited forks nested up to three deep. */
const write = fc.oneof(leaf, fork(leaf), fork(fc.oneof(leaf, fork(leaf))));

function apply(writer: BinaryWriter, writes: readonly Write[]): BinaryWriter {
  for (const w of writes) {
    if (w.kind === "fork") apply(writer.fork(), w.value).join();
    else if (w.kind === "tag") writer.tag(w.value, WireType.LengthDelimited);
    else (writer[w.kind] as (value: unknown) => BinaryWriter).call(writer, w.value);
  }
  return writer;
}

describe("WireWriter", () => {
  it("writes the bytes BinaryWriter writes, for every method", () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 12 }), (writes) => {
        expect(apply(new WireWriter(), writes).finish()).toEqual(apply(new BinaryWriter(), writes).finish());
      }),
      { numRuns: 400 },
    );
  });

  it("joinOrOmitEmpty drops an empty fork with its tag, and joins any other", () => {
    const inner = fc.oneof(fc.constant([] as Write[]), fc.array(write, { maxLength: 4 }));
    const fieldNo = fc.integer({ min: 1, max: 2 ** 29 - 1 });
    fc.assert(
      fc.property(
        fc.array(write, { maxLength: 4 }),
        fieldNo,
        inner,
        fc.array(write, { maxLength: 4 }),
        (head, no, body, tail) => {
          const tag = ((no << 3) | WireType.LengthDelimited) >>> 0;
          const direct = new WireWriter();
          apply(direct, head).uint32(tag).fork();
          apply(direct, body);
          direct.joinOrOmitEmpty(tag);
          const expected = apply(new BinaryWriter(), head);
          const bodyBytes = apply(new BinaryWriter(), body).finish();
          if (bodyBytes.length > 0) expected.uint32(tag).bytes(bodyBytes);
          expect(apply(direct, tail).finish()).toEqual(apply(expected, tail).finish());
        },
      ),
      { numRuns: 300 },
    );
    expect(() => new WireWriter().joinOrOmitEmpty(10)).toThrow("fork stack empty");
  });

  it("keeps writers apart: one unfinished writer never sees another's bytes", () => {
    const first = new WireWriter().string("first").int64(2 ** 40);
    const second = new WireWriter().string("second");
    const secondBytes = second.finish();
    first.uint32(7);
    const third = new WireWriter().string("third").finish();
    expect(first.finish()).toEqual(
      new BinaryWriter()
        .string("first")
        .int64(2 ** 40)
        .uint32(7)
        .finish(),
    );
    expect(secondBytes).toEqual(new BinaryWriter().string("second").finish());
    expect(third).toEqual(new BinaryWriter().string("third").finish());
  });

  it("returns results that later encodes do not overwrite, small and large", () => {
    // 8 KiB slabs hold results up to 4 KiB; larger ones get their own buffer.
    const results = Array.from({ length: 400 }, (_, i) => {
      const body = "x".repeat((i * 37) % 6000);
      return { body, bytes: new WireWriter().uint32(i).string(body).finish() };
    });
    results.forEach(({ body, bytes }, i) => {
      expect(bytes).toEqual(new BinaryWriter().uint32(i).string(body).finish());
    });
  });

  it("loses nothing when an unfinished writer is abandoned, or a fork outgrows the shared slab", () => {
    const abandoned = new WireWriter().string("never finished");
    const nested = (w: BinaryWriter) =>
      w.tag(1, WireType.LengthDelimited).fork().string("a".repeat(3000)).join().uint32(3);
    for (let i = 0; i < 20; i++) {
      const head = "h".repeat((i * 97) % 700);
      expect(nested(new WireWriter().string(head)).finish()).toEqual(
        nested(new BinaryWriter().string(head)).finish(),
      );
      expect(new WireWriter().string(head).finish()).toEqual(new BinaryWriter().string(head).finish());
    }
    expect(abandoned.finish()).toEqual(new BinaryWriter().string("never finished").finish());
  });

  it("can be reused after finish, like BinaryWriter", () => {
    const writer = new WireWriter();
    expect(writer.string("a").finish()).toEqual(new Uint8Array([1, 0x61]));
    expect(writer.finish()).toEqual(new Uint8Array(0));
    expect(writer.bool(true).finish()).toEqual(new Uint8Array([1]));
  });

  it("rejects what BinaryWriter rejects, without echoing text", () => {
    const secret = "s3cr3t-token";
    for (const call of [
      (w: BinaryWriter) => w.uint32(-1),
      (w: BinaryWriter) => w.int32(2 ** 31),
      (w: BinaryWriter) => w.int32(secret as never),
      (w: BinaryWriter) => w.float(1e300),
      (w: BinaryWriter) => w.int64(1.5),
      (w: BinaryWriter) => w.uint64(-1),
      (w: BinaryWriter) => w.join(),
    ]) {
      expect(() => call(new BinaryWriter())).toThrow();
      expect(() => call(new WireWriter())).toThrow();
      try {
        call(new WireWriter());
      } catch (error) {
        expect(String(error)).not.toContain(secret);
      }
    }
  });
});

describe("WireReader", () => {
  it("reads strings as BinaryReader does, and rejects invalid UTF-8 the same way", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (raw, strict) => {
        const bytes = new BinaryWriter().bytes(raw).finish();
        const outcome = (reader: BinaryReader) => {
          try {
            return { text: reader.string(strict) };
          } catch (error) {
            return { error: (error as Error).constructor.name };
          }
        };
        expect(outcome(new WireReader(bytes))).toEqual(outcome(new BinaryReader(bytes)));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(text, (value) => {
        const bytes = new BinaryWriter().string(value).finish();
        expect(new WireReader(bytes).string(true)).toBe(new BinaryReader(bytes).string(true));
      }),
    );
    expect(() => new WireReader(new Uint8Array([5, 0x61])).string()).toThrow(/premature EOF/);
  });

  it("reads int64 and uint64 exactly, or names the field when a number cannot hold it", () => {
    fc.assert(
      fc.property(int64, uint64, (signed, unsigned) => {
        const bytes = new BinaryWriter().int64(signed).uint64(unsigned).finish();
        for (const reader of [new WireReader(bytes), new BinaryReader(bytes)]) {
          const read = (f: () => number, value: number | bigint) => {
            if (Number.isSafeInteger(Number(value)) && BigInt(Number(value)) === BigInt(value)) {
              expect(f()).toBe(Number(value));
            } else {
              expect(f).toThrow(
                new RangeError(`M.f: ${value} is beyond ±(2^53-1) and cannot be a number exactly`),
              );
            }
          };
          read(() => readInt64(reader, "M.f"), signed);
          read(() => readUint64(reader, "M.f"), unsigned);
        }
      }),
      { numRuns: 500 },
    );
    const edge = new BinaryWriter()
      .int64(-(2n ** 53n))
      .int64(-(2n ** 53n) + 1n)
      .finish();
    const reader = new WireReader(edge);
    expect(() => readInt64(reader, "M.f")).toThrow(/-9007199254740992 is beyond/);
    expect(readInt64(reader, "M.f")).toBe(-(2 ** 53) + 1);
  });

  it("reads every field type as BinaryReader does, also from truncated bytes", () => {
    const read = (reader: BinaryReader, writes: readonly Write[]): unknown[] => {
      const values: unknown[] = [];
      for (const w of writes) {
        if (w.kind === "fork") {
          values.push(reader.uint32());
          values.push(read(reader, w.value));
        } else if (w.kind === "tag") values.push(reader.tag());
        else values.push((reader[w.kind] as () => unknown).call(reader));
      }
      return values;
    };
    const outcome = (reader: BinaryReader, writes: readonly Write[]) => {
      try {
        return { values: read(reader, writes), pos: reader.pos };
      } catch (error) {
        return { error: (error as Error).constructor.name };
      }
    };
    fc.assert(
      fc.property(fc.array(write, { maxLength: 12 }), fc.nat(), (writes, cut) => {
        const bytes = apply(new BinaryWriter(), writes).finish();
        const truncated = bytes.subarray(0, cut % (bytes.length + 1));
        for (const input of [bytes, truncated]) {
          expect(outcome(new WireReader(input), writes)).toEqual(outcome(new BinaryReader(input), writes));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("skips every wire type as BinaryReader does, groups included", () => {
    const group = (field: number, inner: (w: BinaryWriter) => BinaryWriter) =>
      inner(new BinaryWriter().tag(field, WireType.StartGroup)).tag(field, WireType.EndGroup).finish();
    const inputs = [
      new BinaryWriter().int64(-1n).finish(),
      new BinaryWriter().fixed64(2n ** 63n).finish(),
      new BinaryWriter().fixed32(7).finish(),
      new BinaryWriter().string("payload").finish(),
      group(3, (w) => w.tag(1, WireType.Varint).uint32(150).tag(2, WireType.LengthDelimited).string("x")),
      group(3, (w) => w.tag(4, WireType.Bit32).fixed32(1)),
      new Uint8Array([0x1c]),
      new Uint8Array([0x80]),
    ];
    for (const bytes of inputs) {
      for (const [wireType, fieldNo] of [
        [WireType.Varint, 1],
        [WireType.Bit64, 1],
        [WireType.Bit32, 1],
        [WireType.LengthDelimited, 1],
        [WireType.StartGroup, 3],
        [WireType.EndGroup, 1],
      ] as const) {
        const skipped = (reader: BinaryReader) => {
          try {
            return { bytes: Array.from(reader.skip(wireType, fieldNo)), pos: reader.pos };
          } catch (error) {
            return { error: (error as Error).message };
          }
        };
        const input = wireType === WireType.StartGroup ? bytes.subarray(1) : bytes;
        expect(skipped(new WireReader(input))).toEqual(skipped(new BinaryReader(input)));
      }
    }
  });

  it("is a BinaryReader, and its writer a BinaryWriter, to instanceof", () => {
    expect(new WireReader(new Uint8Array(0))).toBeInstanceOf(BinaryReader);
    expect(new WireWriter()).toBeInstanceOf(BinaryWriter);
  });

  it("fails on a truncated or overlong varint", () => {
    expect(() => readInt64(new WireReader(new Uint8Array([0x80, 0x80])), "M.f")).toThrow(/premature EOF/);
    expect(() => readInt64(new WireReader(new Uint8Array(11).fill(0xff)), "M.f")).toThrow(/invalid varint/);
  });
});
