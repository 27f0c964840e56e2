// Long strings are decoded and encoded by Node's own UTF-8 routines on the input or output as it
// is (native-utf8.ts), or, without them, through Buffer views over whole ArrayBuffers
// (node-buffer.ts): the view of the memory used last is kept, the input itself serves when it is
// a Buffer, and the writers keep one view per slab. Each must read and write exactly the
// string's bytes, wherever they sit in their memory.
import { BinaryWriter } from "@bufbuild/protobuf/wire";
import { describe, expect, it } from "vitest";
import * as withNative from "../src/index.js";
import type { Utf8Slice, Utf8Write } from "../src/native-utf8.js";
import { bufferOver, isNodeBuffer } from "../src/node-buffer.js";
import { documentedBufferOnly, runtimeWithBuffer } from "./support/runtime-variants.js";

const documented = await runtimeWithBuffer(documentedBufferOnly);
const runtimes = [
  ["Node's own UTF-8 routines", withNative],
  ["a Buffer view, documented methods only", documented.runtime],
] as const;

const encoded = (...values: string[]) => {
  const writer = new BinaryWriter();
  for (const value of values) writer.string(value);
  return writer.finish();
};

/** `bytes` copied to `offset` of a larger ArrayBuffer whose other bytes spell other text. */
function placedAt(bytes: Uint8Array, offset: number): Uint8Array {
  const memory = new Uint8Array(offset + bytes.length + 64).fill(0x7a);
  memory.set(bytes, offset);
  return memory.subarray(offset, offset + bytes.length);
}

type Runtime = typeof withNative;

const readAll = (runtime: Runtime, bytes: Uint8Array, count: number) => {
  const reader = new runtime.WireReader(bytes);
  return Array.from({ length: count }, () => reader.string());
};

const values = [
  "an ID of thirty-two characters..",
  "https://cdn.example.com/a/3216540987.png",
  "车站见 👋 at ten",
];

describe.each(runtimes)("decoding long strings through %s", (_, runtime) => {
  const { WireReader } = runtime;
  it("reads the string's own bytes when the input starts inside its ArrayBuffer", () => {
    for (const offset of [0, 1, 7, 4096]) {
      expect(readAll(runtime, placedAt(encoded(...values), offset), 3)).toEqual(values);
    }
  });

  it("reads inputs in one ArrayBuffer and in others, alternately", () => {
    const shared = new Uint8Array(1024);
    const first = encoded(values[0] as string);
    const second = encoded(values[1] as string);
    shared.set(first, 10);
    shared.set(second, 500);
    const elsewhere = placedAt(encoded(values[2] as string), 3);
    for (let round = 0; round < 3; round++) {
      expect(readAll(runtime, shared.subarray(10, 10 + first.length), 1)).toEqual([values[0]]);
      expect(readAll(runtime, elsewhere, 1)).toEqual([values[2]]);
      expect(readAll(runtime, shared.subarray(500, 500 + second.length), 1)).toEqual([values[1]]);
    }
  });

  it("reads a Buffer input (which may start inside Node's pool) through itself", () => {
    const pooled = Buffer.from(encoded(...values));
    expect(isNodeBuffer(pooled)).toBe(true);
    expect(isNodeBuffer(new Uint8Array(4))).toBe(false);
    expect(readAll(runtime, pooled, 3)).toEqual(values);
    expect(readAll(runtime, Buffer.from(placedAt(encoded(...values), 9)), 3)).toEqual(values);
  });

  it("still refuses invalid UTF-8 past valid strings in the same memory", () => {
    const bad = new BinaryWriter()
      .bytes(new Uint8Array([...Buffer.from("long enough ascii"), 0xc0, 0x80]))
      .finish();
    const input = placedAt(new Uint8Array([...encoded(values[0] as string), ...bad]), 5);
    const reader = new WireReader(input);
    expect(reader.string()).toBe(values[0]);
    expect(() => reader.string()).toThrow(/not valid UTF-8/);
  });

  it("decodes through TextDecoder where memory can be resized under a view", () => {
    const bytes = encoded(...values);
    // ES2024's resizable ArrayBuffer; the compiler's lib here predates it.
    const Resizable = ArrayBuffer as unknown as new (
      length: number,
      options: { maxByteLength: number },
    ) => ArrayBuffer;
    const resizable = new Resizable(bytes.length, { maxByteLength: bytes.length * 2 });
    const input = new Uint8Array(resizable);
    input.set(bytes);
    expect(bufferOver(resizable)).toBeUndefined();
    expect(readAll(runtime, input, 3)).toEqual(values);
  });
});

describe("bufferOver", () => {
  it("gives the view of the memory seen last again, without making another", () => {
    const memory = new ArrayBuffer(64);
    const view = bufferOver(memory);
    expect(view).toBeInstanceOf(Buffer);
    expect(bufferOver(memory)).toBe(view);
    expect((view as unknown as Buffer).buffer).toBe(memory);
  });

  it("keeps no view of memory over 64 KiB", () => {
    const large = new ArrayBuffer(64 * 1024 + 1);
    const view = bufferOver(large);
    expect((view as unknown as Buffer).byteLength).toBe(large.byteLength);
    expect(bufferOver(large)).not.toBe(view);
  });
});

describe.each(runtimes)("encoding long strings through %s", (_, runtime) => {
  const { WireReader, WireWriter } = runtime;
  it("writes what BinaryWriter writes across many slabs and in buffers of their own", () => {
    const long = "x".repeat(43);
    for (let i = 0; i < 600; i++) {
      const value = `${long}-${i}-${"é".repeat(i % 7)}-${i % 50 === 0 ? "y".repeat(5000) : ""}`;
      const bytes = new WireWriter().string(value).uint32(i).finish();
      expect(bytes).toEqual(new BinaryWriter().string(value).uint32(i).finish());
      const reader = new WireReader(bytes);
      expect(reader.string()).toBe(value);
    }
  });

  it("writes ASCII followed by other text, and a lone surrogate as U+FFFD", () => {
    for (const value of ["abc é", "ID-0042 车站见", "ascii then 👋", "ascii \ud800 lone", "\udfff"]) {
      expect(new WireWriter().string(value).finish()).toEqual(new BinaryWriter().string(value).finish());
    }
  });
});

describe("the path a long string takes", () => {
  const RealBuffer = Buffer;
  const real = Buffer.prototype as unknown as { utf8Slice: Utf8Slice; utf8Write: Utf8Write };
  const long = "https://cdn.example.com/avatar/3216540987.png 车站见";

  /** Node's Buffer with its two routines and `Buffer.from` counted. */
  function countingBuffer(withRoutines: boolean) {
    const calls = { slice: 0, write: 0, from: 0 };
    const routines = {
      utf8Slice(this: Uint8Array, start: number, end: number) {
        calls.slice++;
        return real.utf8Slice.call(this, start, end);
      },
      utf8Write(this: Uint8Array, text: string, offset: number, length: number) {
        calls.write++;
        return real.utf8Write.call(this, text, offset, length);
      },
    };
    const buffer = {
      from: (memory: ArrayBufferLike) => {
        calls.from++;
        return RealBuffer.from(memory);
      },
      isBuffer: (value: unknown) => RealBuffer.isBuffer(value),
      prototype: withRoutines ? routines : {},
    };
    return { buffer, calls, routines };
  }

  it("goes through Node's routines on the bytes themselves, with no Buffer view made", async () => {
    const { buffer, calls, routines } = countingBuffer(true);
    const { runtime, native } = await runtimeWithBuffer(buffer);
    expect(native.nativeUtf8Slice).toBe(routines.utf8Slice);
    const atLoad = { ...calls };
    const bytes = new runtime.WireWriter().string(long).finish();
    expect(new runtime.WireReader(bytes).string()).toBe(long);
    expect(calls).toEqual({ slice: atLoad.slice + 1, write: atLoad.write + 1, from: 0 });
  });

  it("without them, through Buffer views over the memory", async () => {
    const { buffer, calls } = countingBuffer(false);
    const { runtime } = await runtimeWithBuffer(buffer);
    const bytes = new runtime.WireWriter().string(long).finish();
    expect(new runtime.WireReader(bytes.slice()).string()).toBe(long);
    expect(calls.slice + calls.write).toBe(0);
    // One view over the writer's slab, one over the copy's memory.
    expect(calls.from).toBe(2);
  });
});
