/**
 * Node's own UTF-8 routines, `Buffer.prototype.utf8Slice` and `Buffer.prototype.utf8Write`: what
 * the documented `buf.toString()` and `buf.write()` call once they have checked their arguments.
 * They work on any Uint8Array, so a string is read from or written to the input or output as it
 * is, without finding or making a Buffer over its memory (about 35 ns per message on Node 20) and
 * without the argument checks (10 to 30 ns per string). protobufjs reads and writes strings through
 * the same two functions.
 *
 * They are not in Node's documentation, so they are not taken on trust: each is used only when
 * the platform has it and, tried once at load on a probe (multi-byte characters, an invalid byte
 * and a lone surrogate, at an offset of a plain Uint8Array), it gives exactly what TextDecoder and
 * TextEncoder give. Otherwise the reader and writer keep to documented APIs (node-buffer.ts, then
 * TextDecoder and TextEncoder); the tests run every path.
 */

/** Decodes `this[start, end)` as UTF-8, writing U+FFFD for each invalid sequence. */
export type Utf8Slice = (this: Uint8Array, start: number, end: number) => string;
/** Writes `text` as UTF-8 at `offset`, at most `length` bytes; returns the number written. */
export type Utf8Write = (this: Uint8Array, text: string, offset: number, length: number) => number;

interface NodeUtf8Routines {
  utf8Slice?: unknown;
  utf8Write?: unknown;
}

/** Two-, three- and four-byte characters and a lone surrogate, which is written as U+FFFD. */
const PROBE = "é车👋\uD800!";

/**
 * `candidate` if, on a plain Uint8Array, it decodes the probe's bytes and one invalid byte from
 * an offset as TextDecoder does (U+FFFD for what is not UTF-8), else undefined.
 */
export function verifiedUtf8Slice(candidate: unknown): Utf8Slice | undefined {
  if (typeof candidate !== "function") return undefined;
  try {
    const bytes = new Uint8Array([0x21, ...new TextEncoder().encode(PROBE), 0xff]);
    const decoded = (candidate as Utf8Slice).call(bytes, 1, bytes.length);
    return decoded === new TextDecoder().decode(bytes.subarray(1)) ? (candidate as Utf8Slice) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `candidate` if, on a plain Uint8Array, it writes the probe as TextEncoder does, at the offset
 * it is given and no further, and counts the bytes right, else undefined.
 */
export function verifiedUtf8Write(candidate: unknown): Utf8Write | undefined {
  if (typeof candidate !== "function") return undefined;
  try {
    const expected = new TextEncoder().encode(PROBE);
    const out = new Uint8Array(expected.length + 4).fill(1);
    const written = (candidate as Utf8Write).call(out, PROBE, 2, expected.length + 2);
    const same = written === expected.length && out.join() === `1,1,${expected.join()},1,1`;
    return same ? (candidate as Utf8Write) : undefined;
  } catch {
    return undefined;
  }
}

const routines = (globalThis as { Buffer?: { prototype?: NodeUtf8Routines } }).Buffer?.prototype;

/** Node's UTF-8 decoder for any Uint8Array, when present and verified; else undefined. */
export const nativeUtf8Slice: Utf8Slice | undefined = verifiedUtf8Slice(routines?.utf8Slice);
/** Node's UTF-8 encoder into any Uint8Array, when present and verified; else undefined. */
export const nativeUtf8Write: Utf8Write | undefined = verifiedUtf8Write(routines?.utf8Write);
