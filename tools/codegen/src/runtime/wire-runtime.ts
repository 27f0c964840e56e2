/**
 * The writer and reader the generated codecs use when the caller passes none. They subclass
 * @bufbuild/protobuf's BinaryWriter and BinaryReader, so every signature stays the same and a
 * caller's own BinaryWriter or BinaryReader still works; they only change how the work is done:
 *
 * - WireWriter borrows one spare buffer instead of growing a fresh one per encode, and gives it
 *   back in finish(), which copies the bytes out. A writer that is never finished keeps its
 *   buffer; the next one allocates, so nothing is shared by two live writers.
 * - int64 values held as numbers are written from two 32-bit halves, without a string or bigint.
 * - Short strings are converted to UTF-8 in JavaScript, which beats a call into TextEncoder.
 * - WireReader decodes strings with Node's native UTF-8 slice where it exists and reads int64
 *   straight into a number, checking it fits, instead of through a bigint and its decimal string.
 */
import { protoInt64 } from "@bufbuild/protobuf";
import { BinaryReader, BinaryWriter, type WireType } from "@bufbuild/protobuf/wire";

const TWO_POW_32 = 0x1_0000_0000;
/** int64 values whose high word is within ±2^21 fit a double exactly. */
const SAFE_HIGH_WORD = 0x20_0000;
const INITIAL_SIZE = 1024;
/** A bigger buffer is not kept between encodes, so one huge message does not pin its memory. */
const LARGEST_SPARE = 64 * 1024;
/** Up to this many UTF-16 units, a JavaScript loop converts faster than a native call. */
const SHORT_STRING = 24;
const EMPTY = new Uint8Array(0);

let spare: Uint8Array<ArrayBuffer> | undefined;

function borrowBuffer(required: number): Uint8Array<ArrayBuffer> {
  const buffer = spare;
  if (buffer !== undefined && buffer.length >= required) {
    spare = undefined;
    return buffer;
  }
  let size = INITIAL_SIZE;
  while (size < required) size *= 2;
  return new Uint8Array(size);
}

function returnBuffer(buffer: Uint8Array<ArrayBuffer>): void {
  if (buffer.length <= LARGEST_SPARE && (spare === undefined || spare.length < buffer.length)) {
    spare = buffer;
  }
}

/**
 * Results up to half a slab are copied into a shared 8 KiB slab, as protobufjs and Node's Buffer
 * pool do: a fresh ArrayBuffer over 64 bytes costs V8 about a microsecond, more than the whole
 * encode. Each result is its own range of the slab; `bytes.slice()` gives a copy that owns its
 * ArrayBuffer, for callers who transfer `bytes.buffer` to a worker.
 */
const SLAB_SIZE = 8 * 1024;
let slab = new Uint8Array(0);
let slabUsed = 0;

function copyOut(source: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  if (length > SLAB_SIZE >>> 1) return source.slice(0, length) as Uint8Array<ArrayBuffer>;
  if (slabUsed + length > slab.length) {
    slab = new Uint8Array(SLAB_SIZE);
    slabUsed = 0;
  }
  const bytes = slab.subarray(slabUsed, slabUsed + length);
  bytes.set(source.subarray(0, length));
  // Keep each result 8-byte aligned, so a caller's Float64Array view over it stays possible.
  slabUsed = (slabUsed + length + 7) & ~7;
  return bytes;
}

function varint32Size(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x20_0000 ? 3 : value < 0x1000_0000 ? 4 : 5;
}

/** Describes a rejected value without echoing text, which could be a credential. */
function shown(value: unknown): string {
  return typeof value === "number" ? String(value) : `a ${typeof value}`;
}

function checkUint32(value: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 0xffff_ffff) {
    throw new Error(`invalid uint32: ${shown(value)}`);
  }
}

function checkInt32(value: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < -0x8000_0000 || value > 0x7fff_ffff) {
    throw new Error(`invalid int32: ${shown(value)}`);
  }
}

function checkFloat32(value: number): void {
  if (typeof value !== "number" || (Number.isFinite(value) && !Number.isFinite(Math.fround(value)))) {
    throw new Error(`invalid float32: ${shown(value)}`);
  }
}

/** The two's-complement halves of an int64 or uint64; a number goes without bigint or string. */
function int64Words(value: string | number | bigint, unsigned: boolean): { lo: number; hi: number } {
  if (typeof value === "number" && Number.isSafeInteger(value) && (!unsigned || value >= 0)) {
    return { lo: value >>> 0, hi: Math.floor(value / TWO_POW_32) | 0 };
  }
  return unsigned ? protoInt64.uEnc(value) : protoInt64.enc(value);
}

export class WireWriter extends BinaryWriter {
  private out: Uint8Array<ArrayBuffer> = borrowBuffer(0);
  private at = 0;
  private outView: DataView | undefined;
  private readonly forkStarts: number[] = [];

  /** Makes room for `size` more bytes, growing into a larger buffer when needed. */
  private reserve(size: number): void {
    const required = this.at + size;
    if (required <= this.out.length) return;
    const grown = borrowBuffer(required);
    grown.set(this.out.subarray(0, this.at));
    if (this.out.length > 0) returnBuffer(this.out);
    this.out = grown;
    this.outView = undefined;
  }

  private dataView(): DataView {
    this.outView ??= new DataView(this.out.buffer);
    return this.outView;
  }

  override finish(): Uint8Array<ArrayBuffer> {
    const bytes = copyOut(this.out, this.at);
    returnBuffer(this.out);
    this.out = EMPTY as Uint8Array<ArrayBuffer>;
    this.outView = undefined;
    this.at = 0;
    this.forkStarts.length = 0;
    return bytes;
  }

  override fork(): this {
    // One byte for the length prefix: payloads under 128 bytes need no move in join().
    this.reserve(1);
    this.forkStarts.push(this.at);
    this.at++;
    return this;
  }

  override join(): this {
    const start = this.forkStarts.pop();
    if (start === undefined) throw new Error("invalid state, fork stack empty");
    const length = this.at - start - 1;
    const prefix = varint32Size(length);
    if (prefix > 1) {
      this.reserve(prefix - 1);
      this.out.copyWithin(start + prefix, start + 1, this.at);
    }
    this.at = start;
    this.uint32(length);
    this.at += length;
    return this;
  }

  override tag(fieldNo: number, type: WireType): this {
    return this.uint32(((fieldNo << 3) | type) >>> 0);
  }

  override raw(chunk: Uint8Array): this {
    this.reserve(chunk.length);
    this.out.set(chunk, this.at);
    this.at += chunk.length;
    return this;
  }

  override uint32(value: number): this {
    checkUint32(value);
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

  override int32(value: number): this {
    checkInt32(value);
    // A negative int32 is sign-extended to ten bytes, as an int64 would be.
    return value >= 0 ? this.uint32(value) : this.varint64(value, -1);
  }

  override sint32(value: number): this {
    checkInt32(value);
    return this.uint32(((value << 1) ^ (value >> 31)) >>> 0);
  }

  override bool(value: boolean): this {
    this.reserve(1);
    this.out[this.at++] = value ? 1 : 0;
    return this;
  }

  override bytes(value: Uint8Array): this {
    return this.uint32(value.byteLength).raw(value);
  }

  override string(value: string): this {
    const text = typeof value === "string" ? value : String(value);
    const units = text.length;
    if (units > SHORT_STRING) return this.longString(text);
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
    const written =
      nativeUtf8Write !== undefined
        ? nativeUtf8Write.call(this.out, text, start, units * 3)
        : utf8Encoder().encodeInto(text, this.out.subarray(start)).written;
    const prefix = varint32Size(written);
    if (prefix !== guess) this.out.copyWithin(this.at + prefix, start, start + written);
    this.uint32(written);
    this.at += written;
    return this;
  }

  override float(value: number): this {
    checkFloat32(value);
    this.reserve(4);
    this.dataView().setFloat32(this.at, value, true);
    this.at += 4;
    return this;
  }

  override double(value: number): this {
    this.reserve(8);
    this.dataView().setFloat64(this.at, value, true);
    this.at += 8;
    return this;
  }

  override fixed32(value: number): this {
    checkUint32(value);
    this.reserve(4);
    this.dataView().setUint32(this.at, value, true);
    this.at += 4;
    return this;
  }

  override sfixed32(value: number): this {
    checkInt32(value);
    this.reserve(4);
    this.dataView().setInt32(this.at, value, true);
    this.at += 4;
    return this;
  }

  override fixed64(value: string | number | bigint): this {
    return this.fixedWords(int64Words(value, true));
  }

  override sfixed64(value: string | number | bigint): this {
    return this.fixedWords(int64Words(value, false));
  }

  override int64(value: string | number | bigint): this {
    if (typeof value === "number" && value >= 0 && value <= 0x7fff_ffff && Number.isInteger(value)) {
      return this.uint32(value);
    }
    const { lo, hi } = int64Words(value, false);
    return this.varint64(lo, hi);
  }

  override uint64(value: string | number | bigint): this {
    if (typeof value === "number" && value >= 0 && value <= 0xffff_ffff && Number.isInteger(value)) {
      return this.uint32(value);
    }
    const { lo, hi } = int64Words(value, true);
    return this.varint64(lo, hi);
  }

  override sint64(value: string | number | bigint): this {
    const { lo, hi } = int64Words(value, false);
    const sign = hi >> 31;
    return this.varint64((lo << 1) ^ sign, ((hi << 1) | (lo >>> 31)) ^ sign);
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

/**
 * Writes `text` as UTF-8 at `at` and returns the end. A lone surrogate becomes U+FFFD, as
 * TextEncoder writes it.
 */
function writeUtf8(text: string, out: Uint8Array, at: number): number {
  const units = text.length;
  for (let i = 0; i < units; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      out[at++] = code;
    } else if (code < 0x800) {
      out[at++] = 0xc0 | (code >> 6);
      out[at++] = 0x80 | (code & 0x3f);
    } else {
      if (code >= 0xd800 && code < 0xe000) {
        const next = i + 1 < units ? text.charCodeAt(i + 1) : 0;
        if (code < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i++;
          out[at++] = 0xf0 | (code >> 18);
          out[at++] = 0x80 | ((code >> 12) & 0x3f);
          out[at++] = 0x80 | ((code >> 6) & 0x3f);
          out[at++] = 0x80 | (code & 0x3f);
          continue;
        }
        code = 0xfffd;
      }
      out[at++] = 0xe0 | (code >> 12);
      out[at++] = 0x80 | ((code >> 6) & 0x3f);
      out[at++] = 0x80 | (code & 0x3f);
    }
  }
  return at;
}

/** Node's native UTF-8 write into any Uint8Array; like TextEncoder, it writes U+FFFD for a lone surrogate. */
type Utf8Write = (this: Uint8Array, text: string, offset: number, length: number) => number;
const nativeUtf8Write = (globalThis as { Buffer?: { prototype: { utf8Write?: Utf8Write } } }).Buffer
  ?.prototype.utf8Write;

let encoder: TextEncoder | undefined;
const utf8Encoder = (): TextEncoder => {
  encoder ??= new TextEncoder();
  return encoder;
};

let strictDecoder: TextDecoder | undefined;
let lenientDecoder: TextDecoder | undefined;
/** Decodes with TextDecoder; a leading U+FEFF in a protobuf string is text, not a byte-order mark. */
function decodeUtf8(bytes: Uint8Array, strict: boolean): string {
  if (strict) {
    strictDecoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    return strictDecoder.decode(bytes);
  }
  lenientDecoder ??= new TextDecoder("utf-8", { ignoreBOM: true });
  return lenientDecoder.decode(bytes);
}

/**
 * Node's native UTF-8 slice works on any Uint8Array and costs about half a TextDecoder call. It
 * replaces invalid input with U+FFFD, so a result without U+FFFD proves the bytes were valid.
 */
type Utf8Slice = (this: Uint8Array, start: number, end: number) => string;
const nativeUtf8Slice = (globalThis as { Buffer?: { prototype: { utf8Slice?: Utf8Slice } } }).Buffer
  ?.prototype.utf8Slice;

const PREMATURE_EOF = "premature EOF";

export class WireReader extends BinaryReader {
  private readonly data: Uint8Array;
  /** Nesting depth of the message being decoded; declared here so every reader has one shape. */
  __tsProtoDecodeDepth = 0;

  constructor(data: Uint8Array) {
    super(data);
    this.data = data;
  }

  override string(strict?: boolean): string {
    const length = this.uint32();
    const start = this.pos;
    const end = start + length;
    if (end > this.len) throw new RangeError(PREMATURE_EOF);
    this.pos = end;
    if (nativeUtf8Slice !== undefined) {
      const text = nativeUtf8Slice.call(this.data, start, end);
      if (!text.includes("\uFFFD")) return text;
    } else if (length <= 32) {
      const ascii = asciiText(this.data, start, end);
      if (ascii !== undefined) return ascii;
    }
    return decodeUtf8(this.data.subarray(start, end), strict === true);
  }

  /** Reads an int64 (or uint64) varint as a number, or throws a RangeError naming `field`. */
  safeInt64(field: string, unsigned: boolean): number {
    const data = this.data;
    let pos = this.pos;
    const first = data[pos++] as number;
    if (first < 0x80) {
      if (pos > this.len) throw new RangeError(PREMATURE_EOF);
      this.pos = pos;
      return first;
    }
    let lo = first & 0x7f;
    let hi = 0;
    let shift = 7;
    let byte = first;
    for (; shift < 28; shift += 7) {
      byte = data[pos++] as number;
      lo |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    if (byte >= 0x80) {
      byte = data[pos++] as number;
      lo |= (byte & 0x0f) << 28;
      hi = (byte & 0x70) >> 4;
      for (shift = 3; byte >= 0x80 && shift <= 31; shift += 7) {
        byte = data[pos++] as number;
        hi |= (byte & 0x7f) << shift;
      }
      if (byte >= 0x80) throw new Error("invalid varint");
    }
    if (pos > this.len) throw new RangeError(PREMATURE_EOF);
    this.pos = pos;
    return wordsToNumber(lo, hi, unsigned, field);
  }
}

function asciiText(data: Uint8Array, start: number, end: number): string | undefined {
  for (let i = start; i < end; i++) if ((data[i] as number) > 0x7f) return undefined;
  return String.fromCharCode.apply(null, data.subarray(start, end) as unknown as number[]);
}

function wordsToNumber(lo: number, hi: number, unsigned: boolean, field: string): number {
  const high = unsigned ? hi >>> 0 : hi | 0;
  // -2^53 has the high word -2^21 and the low word 0: the one value at that edge that is unsafe.
  if (high < SAFE_HIGH_WORD && (high > -SAFE_HIGH_WORD || (high === -SAFE_HIGH_WORD && lo !== 0))) {
    return high * TWO_POW_32 + (lo >>> 0);
  }
  const decimal = unsigned ? protoInt64.uDec(lo, hi) : protoInt64.dec(lo, hi);
  throw new RangeError(`${field}: ${decimal} is beyond ±(2^53-1) and cannot be a number exactly`);
}

function foreignInt64(value: { toString(): string }, field: string): number {
  const num = Number(value.toString());
  if (!Number.isSafeInteger(num)) {
    throw new RangeError(`${field}: ${value.toString()} is beyond ±(2^53-1) and cannot be a number exactly`);
  }
  return num;
}

/** An int64 field as an exact number; `field` names it in the RangeError for a value beyond 2^53. */
export function readInt64(reader: BinaryReader, field: string): number {
  return reader instanceof WireReader ? reader.safeInt64(field, false) : foreignInt64(reader.int64(), field);
}

/** A uint64 field as an exact number; `field` names it in the RangeError for a value beyond 2^53. */
export function readUint64(reader: BinaryReader, field: string): number {
  return reader instanceof WireReader ? reader.safeInt64(field, true) : foreignInt64(reader.uint64(), field);
}
