// WireWriter against @bufbuild/protobuf's BinaryWriter, a spec-conformant oracle: the same calls
// must give the same bytes. int64 values here are numbers, as the generated codecs hold them.
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isProtobufNestingError, WireWriter } from "../src/index.js";
import { type AnyWriter, apply, writes } from "./support/write-plan.js";

const oracle = () => new BinaryWriter() as unknown as AnyWriter;

describe("WireWriter", () => {
  it("writes the bytes BinaryWriter writes, for every method", () => {
    fc.assert(
      fc.property(writes, (list) => {
        expect(apply(new WireWriter(), list).finish()).toEqual(apply(oracle(), list).finish());
      }),
      { numRuns: 400 },
    );
  });

  it("writes -0 as a double with its sign bit, as Google's encoders do", () => {
    expect(new WireWriter().double(-0).finish()).toEqual(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0x80]));
  });

  it("joinOrOmitEmpty drops an empty fork with its tag, and joins any other", () => {
    const tag = (4 << 3) | WireType.LengthDelimited;
    const empty = new WireWriter().uint32(8).uint32(1).uint32(tag).fork().joinOrOmitEmpty(tag).finish();
    expect(empty).toEqual(new Uint8Array([8, 1]));
    const full = new WireWriter().uint32(tag).fork().string("x").joinOrOmitEmpty(tag).finish();
    expect(full).toEqual(new Uint8Array([tag, 2, 1, 0x78]));
    expect(() => new WireWriter().joinOrOmitEmpty(10)).toThrow("joinOrOmitEmpty() without fork()");
    expect(() => new WireWriter().join()).toThrow("join() without fork()");
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
    const differing = results.filter(
      ({ body, bytes }, i) => Buffer.compare(bytes, new BinaryWriter().uint32(i).string(body).finish()) !== 0,
    );
    expect(differing).toEqual([]);
  });

  it("loses nothing when an unfinished writer is abandoned, or a fork outgrows the shared slab", () => {
    const abandoned = new WireWriter().string("never finished");
    const nested = <W extends AnyWriter>(w: W) =>
      (w.tag(1, WireType.LengthDelimited).fork() as unknown as WireWriter)
        .string("a".repeat(3000))
        .join()
        .uint32(3);
    for (let i = 0; i < 20; i++) {
      const head = "h".repeat((i * 97) % 700);
      expect(nested(new WireWriter().string(head)).finish()).toEqual(
        (nested(new BinaryWriter().string(head) as unknown as AnyWriter) as unknown as AnyWriter).finish(),
      );
    }
    expect(abandoned.finish()).toEqual(new BinaryWriter().string("never finished").finish());
  });

  it("can be reused after finish", () => {
    const writer = new WireWriter();
    expect(writer.string("a").finish()).toEqual(new Uint8Array([1, 0x61]));
    expect(writer.finish()).toEqual(new Uint8Array(0));
    expect(writer.bool(true).finish()).toEqual(new Uint8Array([1]));
  });

  it("names the field of an int64 a number cannot hold exactly", () => {
    expect(() => new WireWriter().int64(2 ** 53, "M.seq")).toThrow(
      new RangeError("M.seq: 9007199254740992 is not an integer within ±(2^53-1)"),
    );
    expect(() => new WireWriter().uint64(-1, "M.id")).toThrow(
      new RangeError("M.id: -1 is not a non-negative integer within ±(2^53-1)"),
    );
    for (const value of [1.5, Number.NaN, Number.POSITIVE_INFINITY, -(2 ** 53)]) {
      expect(() => new WireWriter().sint64(value, "M.f")).toThrow(/^M\.f: /);
      expect(() => new WireWriter().sfixed64(value, "M.f")).toThrow(/^M\.f: /);
    }
    expect(() => new WireWriter().fixed64(-1, "M.f")).toThrow(/not a non-negative integer/);
  });

  it("refuses bytes that are not a Uint8Array, and writes other values as their String()", () => {
    expect(() => new WireWriter().bytes("abc" as never)).toThrow(
      new TypeError("invalid bytes: a string, not a Uint8Array"),
    );
    expect(new WireWriter().string(42 as never).finish()).toEqual(new Uint8Array([2, 0x34, 0x32]));
  });

  it("rejects values outside their type without echoing text", () => {
    const secret = "s3cr3t-token";
    for (const call of [
      (w: WireWriter) => w.uint32(-1),
      (w: WireWriter) => w.uint32(2 ** 32),
      (w: WireWriter) => w.int32(2 ** 31),
      (w: WireWriter) => w.int32(secret as never),
      (w: WireWriter) => w.sfixed32(0.5),
      (w: WireWriter) => w.float(1e300),
      (w: WireWriter) => w.int64(secret as never, "M.f"),
    ]) {
      expect(() => call(new WireWriter())).toThrow(RangeError);
      try {
        call(new WireWriter());
      } catch (error) {
        expect(String(error)).not.toContain(secret);
      }
    }
  });

  it("refuses more than 100 open forks with a typed error instead of a stack overflow", () => {
    const writer = new WireWriter();
    for (let i = 0; i < 100; i++) writer.uint32(10).fork();
    let error: unknown;
    try {
      writer.fork();
    } catch (caught) {
      error = caught;
    }
    expect(isProtobufNestingError(error)).toBe(true);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe("encode: messages nested more than 100 levels deep");
    expect(() => new WireWriter().fork().fork().join().join().finish()).not.toThrow();
  });
});
