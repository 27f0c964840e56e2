import { exactInt64, numberToWords, shown } from "./int64.js";
import { nativeUtf8Write as importedWrite } from "./native-utf8.js";
import { maxNestingDepth, ProtobufNestingError } from "./nesting-guard.js";
import type { TextBuffer } from "./node-buffer.js";
import { encodeUtf8Into, writeUtf8 } from "./utf8-encode.js";
import {
  claimSlabTail,
  copyOut,
  lendBuffer,
  releaseSlabTail,
  returnBuffer,
  slabNow,
  textBufferOf,
} from "./write-buffers.js";

const EMPTY = new Uint8Array(0);
/**
 * A module-local copy: V8 calls through a module's own constant directly, but not through an
 * imported binding, which cost 15 to 25 ns per string as measured.
 */
const nativeUtf8Write = importedWrite;
/** Up to this many UTF-16 units a string's UTF-8 form is below 128 bytes (a one-byte length prefix). */
const ONE_BYTE_PREFIX_UNITS = 42;
/**
 * Strings up to this many units are encoded by the JavaScript loop, which beats the fixed cost of
 * a native call; Node's own routine costs less per call than `buf.write` or `encodeInto`, so with
 * it the loop hands over sooner.
 */
const JS_LOOP_UNITS = nativeUtf8Write !== undefined ? 24 : ONE_BYTE_PREFIX_UNITS;

/** The length-prefix size the last join needed, by fork depth. */
const prefixGuesses: number[] = [];

function varint32Size(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x20_0000 ? 3 : value < 0x1000_0000 ? 4 : 5;
}

function checkUint32(value: number): void {
  if (value >>> 0 !== value) throw new RangeError(`invalid uint32: ${shown(value)}`);
}

function checkInt32(value: number): void {
  if ((value | 0) !== value) throw new RangeError(`invalid int32: ${shown(value)}`);
}

function checkFloat32(value: number): void {
  if (typeof value !== "number" || (Number.isFinite(value) && !Number.isFinite(Math.fround(value)))) {
    throw new RangeError(`invalid float32: ${shown(value)}`);
  }
}

/**
 * Writes protobuf's wire format. Every method appends and returns the writer; `finish()` returns
 * the bytes and resets it for reuse.
 *
 * - A small message is written straight into a shared slab and `finish()` returns its range of
 *   the slab, copying nothing (see write-buffers.ts); `bytes.slice()` gives a copy that owns its
 *   ArrayBuffer, for transferring `bytes.buffer` to a worker.
 * - A nested message is written between `fork()` and `join()`, which inserts its length; the
 *   writer remembers how long the prefix was last time at that depth, so payloads rarely move.
 * - int64 values are numbers, written from two 32-bit words, without a string or bigint; one a
 *   number cannot hold exactly is a RangeError naming the field.
 * - More than 100 open forks (messages nested that deep, or a cycle in the objects) is a
 *   ProtobufNestingError, not a stack overflow.
 */
export class WireWriter {
  // Set in the constructor, not by field initializers, which V8 runs as a call of their own.
  declare private out: Uint8Array<ArrayBuffer>;
  /** Where this writer's bytes start in `out`: its slab tail, or 0 in a buffer of its own. */
  declare private start: number;
  declare private at: number;
  declare private inSlab: boolean;
  declare private outView: DataView | undefined;
  /**
   * A Buffer over `out`'s memory for writing long strings without Node's own UTF-8 routines, or
   * null where there is none.
   */
  declare private outText: TextBuffer | null | undefined;
  /** Where `out` starts in `outText`. */
  declare private outTextOffset: number;
  /** Per open fork, where its payload starts and how many bytes it left for the length prefix. */
  declare private readonly forks: number[];

  constructor() {
    this.startOver();
    this.forks = [];
  }

  /** Holds nothing and no memory, as a new writer; finish() also empties `forks`. */
  private startOver(): void {
    this.out = EMPTY as Uint8Array<ArrayBuffer>;
    this.start = 0;
    this.at = 0;
    this.inSlab = false;
    this.outView = undefined;
    this.outText = undefined;
    this.outTextOffset = 0;
  }

  /** Makes room for `size` more bytes, moving to a larger buffer when needed. */
  private reserve(size: number): void {
    if (this.at + size > this.out.length) this.grow(size);
  }

  private grow(size: number): void {
    if (this.out.length === 0) {
      this.start = this.at = claimSlabTail();
      this.out = slabNow();
      this.inSlab = true;
      if (this.at + size <= this.out.length) return;
    }
    const length = this.at - this.start;
    const grown = lendBuffer(length + size);
    grown.set(this.out.subarray(this.start, this.at));
    if (this.inSlab) {
      releaseSlabTail(this.out, this.start);
      this.inSlab = false;
    } else {
      returnBuffer(this.out);
    }
    for (let i = 0; i < this.forks.length; i += 2) (this.forks[i] as number) -= this.start;
    this.out = grown;
    this.start = 0;
    this.at = length;
    this.outView = undefined;
    this.outText = undefined;
  }

  private dataView(): DataView {
    this.outView ??= new DataView(this.out.buffer);
    return this.outView;
  }

  /** The bytes written since the last finish(); the writer starts over. */
  finish(): Uint8Array<ArrayBuffer> {
    let bytes: Uint8Array<ArrayBuffer>;
    if (this.inSlab) {
      bytes = this.out.subarray(this.start, this.at);
      releaseSlabTail(this.out, this.at);
    } else if (this.out.length === 0) {
      bytes = new Uint8Array(0);
    } else {
      bytes = copyOut(this.out, this.at);
      returnBuffer(this.out);
    }
    this.startOver();
    this.forks.length = 0;
    return bytes;
  }

  /** Starts a length-delimited value (a nested message, a packed list); end it with join(). */
  fork(): this {
    const depth = this.forks.length >> 1;
    if (depth >= maxNestingDepth) throw new ProtobufNestingError("encode");
    // Leave room for the length prefix the last value joined at this depth needed: messages in
    // one repeated field are alike, so join() rarely has to move the payload.
    const guess = prefixGuesses[depth] ?? 1;
    this.reserve(guess);
    this.at += guess;
    this.forks.push(this.at, guess);
    return this;
  }

  /** Ends the innermost fork, writing its length in front of it. */
  join(): this {
    const guess = this.forks.pop();
    const payloadAt = this.forks.pop();
    if (payloadAt === undefined || guess === undefined) throw new Error("join() without fork()");
    const length = this.at - payloadAt;
    const prefix = varint32Size(length);
    prefixGuesses[this.forks.length >> 1] = prefix;
    let prefixAt = payloadAt - guess;
    if (prefix !== guess) {
      const startBefore = this.start;
      if (prefix > guess) this.reserve(prefix - guess);
      // A move to a new buffer shifts every position by the change of start.
      prefixAt += this.start - startBefore;
      this.out.copyWithin(prefixAt + prefix, prefixAt + guess, this.at);
    }
    this.at = prefixAt;
    this.varint32(length);
    this.at += length;
    return this;
  }

  /**
   * Ends the innermost fork as join() does, except that a fork nothing was written into is taken
   * back along with `tag`, the field tag written just before fork(): proto3 omits a `bytes` field
   * whose value is empty, so a message encoded straight into such a field keeps exact bytes.
   */
  joinOrOmitEmpty(tag: number): this {
    const payloadAt = this.forks[this.forks.length - 2];
    if (payloadAt === undefined) throw new Error("joinOrOmitEmpty() without fork()");
    if (this.at !== payloadAt) return this.join();
    const guess = this.forks.pop() as number;
    this.forks.pop();
    this.at = payloadAt - guess - varint32Size(tag);
    return this;
  }

  /** A field tag: the field number and the wire type (0 varint, 1 64-bit, 2 length-delimited, 5 32-bit). */
  tag(fieldNo: number, wireType: number): this {
    return this.uint32(((fieldNo << 3) | wireType) >>> 0);
  }

  /** Bytes copied as they are (an unknown field kept from a decode, a pre-encoded value). */
  raw(chunk: Uint8Array): this {
    this.reserve(chunk.length);
    this.out.set(chunk, this.at);
    this.at += chunk.length;
    return this;
  }

  uint32(value: number): this {
    checkUint32(value);
    return this.varint32(value);
  }

  /** A value already known to be a uint32. */
  private varint32(value: number): this {
    this.reserve(5);
    const out = this.out;
    let at = this.at;
    while (value > 0x7f) {
      out[at++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    out[at++] = value;
    this.at = at;
    return this;
  }

  int32(value: number): this {
    checkInt32(value);
    // A negative int32 is sign-extended to ten bytes, as an int64 would be.
    return value >= 0 ? this.varint32(value) : this.varint64(value, -1);
  }

  sint32(value: number): this {
    checkInt32(value);
    return this.varint32(((value << 1) ^ (value >> 31)) >>> 0);
  }

  bool(value: boolean): this {
    this.reserve(1);
    this.out[this.at++] = value ? 1 : 0;
    return this;
  }

  /** A length-delimited byte string. */
  bytes(value: Uint8Array): this {
    if (!(value instanceof Uint8Array))
      throw new TypeError(`invalid bytes: ${shown(value)}, not a Uint8Array`);
    return this.varint32(value.byteLength).raw(value);
  }

  /** A length-delimited UTF-8 string; a lone surrogate is written as U+FFFD, as TextEncoder does. */
  string(value: string): this {
    // A value of another type is written as its String() form, as protobuf's JavaScript writers
    // do; callers that must refuse it compare the decoded result (see yunhu-client).
    const text = typeof value === "string" ? value : String(value);
    const units = text.length;
    if (units > JS_LOOP_UNITS) return this.longString(text);
    // At most three bytes per UTF-16 unit, so the length prefix is a single byte.
    this.reserve(units * 3 + 1);
    const start = this.at + 1;
    const end = writeUtf8(text, this.out, start);
    this.out[this.at] = end - start;
    this.at = end;
    return this;
  }

  private longString(text: string): this {
    const units = text.length;
    this.reserve(units * 3 + 5);
    // A unit is at least one byte: guess the prefix from the unit count, move the bytes if short.
    const guess = varint32Size(units);
    const start = this.at + guess;
    const written = this.writeLong(text, start);
    const prefix = varint32Size(written);
    if (prefix !== guess) this.out.copyWithin(this.at + prefix, start, start + written);
    this.varint32(written);
    this.at += written;
    return this;
  }

  /**
   * Writes `text` as UTF-8 from `at` and returns how many bytes it took; the caller reserved three
   * bytes per unit, so the Buffer (which ends where `out` ends) never cuts it short.
   */
  private writeLong(text: string, at: number): number {
    if (nativeUtf8Write !== undefined) return nativeUtf8Write.call(this.out, text, at, this.out.length - at);
    if (this.outText === undefined) {
      this.outText = textBufferOf(this.out);
      this.outTextOffset = this.out.byteOffset;
    }
    if (this.outText === null) return encodeUtf8Into(text, this.out, at);
    return this.outText.write(text, this.outTextOffset + at);
  }

  float(value: number): this {
    checkFloat32(value);
    this.reserve(4);
    this.dataView().setFloat32(this.at, value, true);
    this.at += 4;
    return this;
  }

  double(value: number): this {
    this.reserve(8);
    this.dataView().setFloat64(this.at, value, true);
    this.at += 8;
    return this;
  }

  fixed32(value: number): this {
    checkUint32(value);
    this.reserve(4);
    this.dataView().setUint32(this.at, value, true);
    this.at += 4;
    return this;
  }

  sfixed32(value: number): this {
    checkInt32(value);
    this.reserve(4);
    this.dataView().setInt32(this.at, value, true);
    this.at += 4;
    return this;
  }

  /** An int64 varint; `field` names the field in the RangeError for a value that is not a safe integer. */
  int64(value: number, field = "int64"): this {
    if (value >= 0 && value <= 0x7fff_ffff && (value | 0) === value) return this.varint32(value);
    const { lo, hi } = numberToWords(exactInt64(value, field, false));
    return this.varint64(lo, hi);
  }

  /** A uint64 varint; a negative value is refused like an unsafe one. */
  uint64(value: number, field = "uint64"): this {
    if (value >= 0 && value <= 0x7fff_ffff && (value | 0) === value) return this.varint32(value);
    const { lo, hi } = numberToWords(exactInt64(value, field, true));
    return this.varint64(lo, hi);
  }

  sint64(value: number, field = "sint64"): this {
    const { lo, hi } = numberToWords(exactInt64(value, field, false));
    const sign = hi >> 31;
    return this.varint64((lo << 1) ^ sign, ((hi << 1) | (lo >>> 31)) ^ sign);
  }

  fixed64(value: number, field = "fixed64"): this {
    return this.fixedWords(numberToWords(exactInt64(value, field, true)));
  }

  sfixed64(value: number, field = "sfixed64"): this {
    return this.fixedWords(numberToWords(exactInt64(value, field, false)));
  }

  private fixedWords({ lo, hi }: { lo: number; hi: number }): this {
    this.reserve(8);
    const view = this.dataView();
    view.setInt32(this.at, lo, true);
    view.setInt32(this.at + 4, hi, true);
    this.at += 8;
    return this;
  }

  /** A 64-bit varint from its low and high 32-bit words. */
  private varint64(lo: number, hi: number): this {
    this.reserve(10);
    const out = this.out;
    let at = this.at;
    let low = lo >>> 0;
    let high = hi >>> 0;
    while (high > 0 || low > 0x7f) {
      out[at++] = (low & 0x7f) | 0x80;
      low = ((low >>> 7) | (high << 25)) >>> 0;
      high >>>= 7;
    }
    out[at++] = low;
    this.at = at;
    return this;
  }
}
