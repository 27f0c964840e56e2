/**
 * The writer and reader the generated codecs use when the caller passes none. To TypeScript and
 * to `instanceof` they are @bufbuild/protobuf's BinaryWriter and BinaryReader, so every signature
 * stays the same and a caller's own BinaryWriter or BinaryReader still works; they implement every
 * method themselves and only change how the work is done:
 *
 * - Neither runs BinaryWriter's or BinaryReader's constructor, which allocate arrays and a
 *   DataView per encode or decode; a DataView is made only for fixed-width fields.
 * - WireWriter writes a small message straight into a shared slab and returns its range of the
 *   slab, so finish() copies nothing; a large message grows in one spare buffer kept between
 *   encodes and is copied out once.
 * - int64 values held as numbers are written from two 32-bit halves, without a string or bigint.
 * - Short strings are converted to and from UTF-8 in JavaScript, which beats a native call.
 * - WireReader decodes longer strings with Node's native UTF-8 slice where it exists and reads
 *   int64 straight into a number, checking it fits, instead of through a bigint and its decimal
 *   string.
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

/**
 * A constructor that does nothing but hands out `prototype`: extending it gives a class that is
 * an instance of the original (to `instanceof` and, through the cast, to TypeScript) without
 * running the original's constructor.
 */
function prototypeOnly<T extends abstract new (...args: never[]) => unknown>(original: T): T {
  const stand = function PrototypeOnly() {};
  stand.prototype = original.prototype;
  return stand as unknown as T;
}

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
 * Results up to half a slab live in a shared 8 KiB slab, as protobufjs and Node's Buffer pool do:
 * a fresh ArrayBuffer over 64 bytes costs V8 about a microsecond, more than the whole encode.
 * Each result is its own range of the slab; `bytes.slice()` gives a copy that owns its
 * ArrayBuffer, for callers who transfer `bytes.buffer` to a worker.
 *
 * A writer claims the whole free tail of the slab when it starts; finish() gives back what it did
 * not use. Another writer started meanwhile finds no tail and starts a new slab, so two writers
 * never share bytes, and a writer that is never finished wastes one tail, nothing more.
 */
const SLAB_SIZE = 8 * 1024;
/** A tail shorter than this is not worth starting in: a new slab is cheaper than moving out. */
const SMALLEST_TAIL = 512;
let slab: Uint8Array<ArrayBuffer> = new Uint8Array(0);
let slabUsed = 0;

/** Keeps each result 8-byte aligned, so a caller's Float64Array view over it stays possible. */
const aligned = (offset: number) => (offset + 7) & ~7;

function claimSlabTail(): number {
  if (slab.length - slabUsed < SMALLEST_TAIL) {
    slab = new Uint8Array(SLAB_SIZE);
    slabUsed = 0;
  }
  const start = slabUsed;
  slabUsed = slab.length;
  return start;
}

function copyOut(source: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  if (length > SLAB_SIZE >>> 1) return source.slice(0, length) as Uint8Array<ArrayBuffer>;
  if (slabUsed + length > slab.length) {
    slab = new Uint8Array(SLAB_SIZE);
    slabUsed = 0;
  }
  const bytes = slab.subarray(slabUsed, slabUsed + length);
  bytes.set(source.subarray(0, length));
  slabUsed = aligned(slabUsed + length);
  return bytes;
}

/** The length-prefix size the last join needed, by fork depth. */
const prefixGuesses: number[] = [];

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

export class WireWriter extends prototypeOnly(BinaryWriter) {
  private out: Uint8Array<ArrayBuffer> = EMPTY as Uint8Array<ArrayBuffer>;
  /** Where this writer's bytes start in `out`: its slab tail, or 0 in a buffer of its own. */
  private start = 0;
  private at = 0;
  private inSlab = false;
  private outView: DataView | undefined = undefined;
  /** Per open fork, where its payload starts and how many bytes it left for the length prefix. */
  private readonly forks: number[] = [];

  /** Makes room for `size` more bytes, moving to a larger buffer when needed. */
  private reserve(size: number): void {
    if (this.at + size > this.out.length) this.grow(size);
  }

  private grow(size: number): void {
    if (this.out.length === 0) {
      this.start = this.at = claimSlabTail();
      this.out = slab;
      this.inSlab = true;
      if (this.at + size <= this.out.length) return;
    }
    const length = this.at - this.start;
    const grown = borrowBuffer(length + size);
    grown.set(this.out.subarray(this.start, this.at));
    if (this.inSlab) {
      // Give the tail back unless another writer has moved on to a new slab since.
      if (this.out === slab) slabUsed = this.start;
      this.inSlab = false;
    } else {
      returnBuffer(this.out);
    }
    for (let i = 0; i < this.forks.length; i += 2) (this.forks[i] as number) -= this.start;
    this.out = grown;
    this.start = 0;
    this.at = length;
    this.outView = undefined;
  }

  private dataView(): DataView {
    this.outView ??= new DataView(this.out.buffer);
    return this.outView;
  }

  override finish(): Uint8Array<ArrayBuffer> {
    let bytes: Uint8Array<ArrayBuffer>;
    if (this.inSlab) {
      bytes = this.out.subarray(this.start, this.at);
      if (this.out === slab) slabUsed = aligned(this.at);
    } else if (this.out.length === 0) {
      bytes = new Uint8Array(0);
    } else {
      bytes = copyOut(this.out, this.at);
      returnBuffer(this.out);
    }
    this.out = EMPTY as Uint8Array<ArrayBuffer>;
    this.start = 0;
    this.at = 0;
    this.inSlab = false;
    this.outView = undefined;
    this.forks.length = 0;
    return bytes;
  }

  override fork(): this {
    // Leave room for the length prefix the last message joined at this depth needed: messages
    // in one repeated field are alike, so join() rarely has to move the payload.
    const guess = prefixGuesses[this.forks.length >> 1] ?? 1;
    this.reserve(guess);
    this.at += guess;
    this.forks.push(this.at, guess);
    return this;
  }

  override join(): this {
    const guess = this.forks.pop();
    const payloadAt = this.forks.pop();
    if (payloadAt === undefined || guess === undefined) throw new Error("invalid state, fork stack empty");
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
    if (payloadAt === undefined) throw new Error("invalid state, fork stack empty");
    if (this.at !== payloadAt) return this.join();
    const guess = this.forks.pop() as number;
    this.forks.pop();
    this.at = payloadAt - guess - varint32Size(tag);
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
    return this.varint32(value);
  }

  /** A value already known to be a uint32, without the check. */
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

  override int32(value: number): this {
    checkInt32(value);
    // A negative int32 is sign-extended to ten bytes, as an int64 would be.
    return value >= 0 ? this.varint32(value) : this.varint64(value, -1);
  }

  override sint32(value: number): this {
    checkInt32(value);
    return this.varint32(((value << 1) ^ (value >> 31)) >>> 0);
  }

  override bool(value: boolean): this {
    this.reserve(1);
    this.out[this.at++] = value ? 1 : 0;
    return this;
  }

  override bytes(value: Uint8Array): this {
    return this.varint32(value.byteLength).raw(value);
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
    this.varint32(written);
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
/** Nested groups deeper than this are refused when skipped, as BinaryReader refuses them. */
const GROUP_DEPTH_LIMIT = 100;
/**
 * Up to this many bytes, ASCII is decoded in JavaScript, which costs a third of a native call;
 * the result is still a flat string (V8 only builds a rope from 13 characters on).
 */
const SHORT_ASCII = 12;

function readVarint32(this: WireReader): number {
  return this.varint32();
}

export class WireReader extends prototypeOnly(BinaryReader) {
  private readonly data: Uint8Array;
  private lazyView: DataView | undefined = undefined;
  /** Nesting depth of the message being decoded; declared here so every reader has one shape. */
  __tsProtoDecodeDepth = 0;
  override readonly uint32: () => number = readVarint32;

  constructor(data: Uint8Array) {
    super(data);
    this.data = data;
    this.pos = 0;
    (this as { len: number }).len = data.length;
  }

  private dataView(): DataView {
    this.lazyView ??= new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    return this.lazyView;
  }

  private checkBounds(): void {
    if (this.pos > this.len) throw new RangeError(PREMATURE_EOF);
  }

  /** A varint of up to ten bytes as a uint32 (higher bits dropped), as BinaryReader reads it. */
  varint32(): number {
    const data = this.data;
    let pos = this.pos;
    let byte = data[pos++] as number;
    let value = byte & 0x7f;
    if (byte >= 0x80) {
      byte = data[pos++] as number;
      value |= (byte & 0x7f) << 7;
      if (byte >= 0x80) {
        byte = data[pos++] as number;
        value |= (byte & 0x7f) << 14;
        if (byte >= 0x80) {
          byte = data[pos++] as number;
          value |= (byte & 0x7f) << 21;
          if (byte >= 0x80) {
            byte = data[pos++] as number;
            value |= (byte & 0x0f) << 28;
            for (let read = 5; byte >= 0x80 && read < 10; read++) byte = data[pos++] as number;
            if (byte >= 0x80) throw new Error("invalid varint");
          }
        }
      }
    }
    // A read past the end sees undefined, which ends the loop above as a byte < 0x80 would.
    this.pos = pos;
    if (pos > this.len) throw new RangeError(PREMATURE_EOF);
    return value >>> 0;
  }

  override tag(): [number, WireType] {
    const start = this.pos;
    const tag = this.varint32();
    const read = this.pos - start;
    if (read > 5 || (read === 5 && (this.data[this.pos - 1] as number) > 0x0f)) {
      throw new Error("illegal tag: varint overflows uint32");
    }
    const fieldNo = tag >>> 3;
    const wireType = tag & 7;
    if (fieldNo <= 0 || wireType > 5) {
      throw new Error(`illegal tag: field no ${fieldNo} wire type ${wireType}`);
    }
    return [fieldNo, wireType];
  }

  override skip(wireType: WireType, fieldNo?: number, depthLimit = GROUP_DEPTH_LIMIT): Uint8Array {
    const start = this.pos;
    switch (wireType) {
      case 0:
        while ((this.data[this.pos++] as number) & 0x80) {}
        break;
      case 1:
        this.pos += 8;
        break;
      case 5:
        this.pos += 4;
        break;
      case 2: {
        const length = this.varint32();
        this.pos += length;
        break;
      }
      case 3:
        if (depthLimit <= 0) throw new Error("maximum recursion depth reached");
        for (;;) {
          const [innerField, innerType] = this.tag();
          if (innerType === 4) {
            if (fieldNo !== undefined && innerField !== fieldNo) throw new Error("invalid end group tag");
            break;
          }
          this.skip(innerType, innerField, depthLimit - 1);
        }
        break;
      default:
        throw new Error(`cant skip wire type ${wireType}`);
    }
    this.checkBounds();
    return this.data.subarray(start, this.pos);
  }

  override int32(): number {
    return this.varint32() | 0;
  }

  override sint32(): number {
    const zigzag = this.varint32();
    return (zigzag >>> 1) ^ -(zigzag & 1);
  }

  override int64(): bigint | string {
    const { lo, hi } = this.varint64Words();
    return protoInt64.dec(lo, hi);
  }

  override uint64(): bigint | string {
    const { lo, hi } = this.varint64Words();
    return protoInt64.uDec(lo, hi);
  }

  override sint64(): bigint | string {
    const { lo, hi } = this.varint64Words();
    const sign = -(lo & 1);
    return protoInt64.dec(((lo >>> 1) | ((hi & 1) << 31)) ^ sign, (hi >>> 1) ^ sign);
  }

  override bool(): boolean {
    const byte = this.data[this.pos] as number;
    if (byte < 0x80) {
      this.pos++;
      this.checkBounds();
      return byte !== 0;
    }
    const { lo, hi } = this.varint64Words();
    return lo !== 0 || hi !== 0;
  }

  override fixed32(): number {
    this.pos += 4;
    this.checkBounds();
    return this.dataView().getUint32(this.pos - 4, true);
  }

  override sfixed32(): number {
    this.pos += 4;
    this.checkBounds();
    return this.dataView().getInt32(this.pos - 4, true);
  }

  override fixed64(): bigint | string {
    const lo = this.sfixed32();
    return protoInt64.uDec(lo, this.sfixed32());
  }

  override sfixed64(): bigint | string {
    const lo = this.sfixed32();
    return protoInt64.dec(lo, this.sfixed32());
  }

  override float(): number {
    this.pos += 4;
    this.checkBounds();
    return this.dataView().getFloat32(this.pos - 4, true);
  }

  override double(): number {
    this.pos += 8;
    this.checkBounds();
    return this.dataView().getFloat64(this.pos - 8, true);
  }

  override bytes(): Uint8Array {
    const length = this.varint32();
    const start = this.pos;
    const end = start + length;
    // Checked before moving, so a decode error reports where the cut-short bytes start.
    if (end > this.len) throw new RangeError(PREMATURE_EOF);
    this.pos = end;
    return this.data.subarray(start, end);
  }

  override string(strict?: boolean): string {
    const length = this.varint32();
    const start = this.pos;
    const end = start + length;
    if (end > this.len) throw new RangeError(PREMATURE_EOF);
    this.pos = end;
    if (length <= SHORT_ASCII) {
      const ascii = shortAscii(this.data, start, end);
      if (ascii !== undefined) return ascii;
    }
    if (nativeUtf8Slice !== undefined) {
      const text = nativeUtf8Slice.call(this.data, start, end);
      if (!text.includes("\uFFFD")) return text;
    }
    return decodeUtf8(this.data.subarray(start, end), strict === true);
  }

  /** Reads an int64 (or uint64) varint as a number, or throws a RangeError naming `field`. */
  safeInt64(field: string, unsigned: boolean): number {
    const data = this.data;
    const first = data[this.pos] as number;
    if (first < 0x80) {
      this.pos++;
      this.checkBounds();
      return first;
    }
    const { lo, hi } = this.varint64Words();
    return wordsToNumber(lo, hi, unsigned, field);
  }

  /** A varint of up to ten bytes as its low and high 32-bit words. */
  private varint64Words(): { lo: number; hi: number } {
    const data = this.data;
    let pos = this.pos;
    let lo = 0;
    let hi = 0;
    let byte = 0x80;
    for (let shift = 0; shift < 28 && byte >= 0x80; shift += 7) {
      byte = data[pos++] as number;
      lo |= (byte & 0x7f) << shift;
    }
    if (byte >= 0x80) {
      byte = data[pos++] as number;
      lo |= (byte & 0x0f) << 28;
      hi = (byte & 0x70) >> 4;
      for (let shift = 3; byte >= 0x80 && shift <= 31; shift += 7) {
        byte = data[pos++] as number;
        hi |= (byte & 0x7f) << shift;
      }
      if (byte >= 0x80) throw new Error("invalid varint");
    }
    this.pos = pos;
    this.checkBounds();
    return { lo, hi };
  }
}

/** ASCII bytes as a string, or undefined when one of them is not ASCII. */
function shortAscii(data: Uint8Array, start: number, end: number): string | undefined {
  let text = "";
  let at = start;
  if (end - at >= 8) {
    const b0 = data[at] as number;
    const b1 = data[at + 1] as number;
    const b2 = data[at + 2] as number;
    const b3 = data[at + 3] as number;
    const b4 = data[at + 4] as number;
    const b5 = data[at + 5] as number;
    const b6 = data[at + 6] as number;
    const b7 = data[at + 7] as number;
    if ((b0 | b1 | b2 | b3 | b4 | b5 | b6 | b7) > 0x7f) return undefined;
    text = String.fromCharCode(b0, b1, b2, b3, b4, b5, b6, b7);
    at += 8;
  }
  for (; at < end; at++) {
    const byte = data[at] as number;
    if (byte > 0x7f) return undefined;
    text += String.fromCharCode(byte);
  }
  return text;
}

/**
 * int64 values beyond ±(2^53-1) stay RangeErrors naming the field, as they are at encode and
 * fromJSON, rather than becoming ProtobufDecodeErrors: the bytes are well-formed, the value just
 * does not fit a number. wrapDecodeError lets exactly these through.
 */
const int64RangeErrors = new WeakSet<Error>();

function int64RangeError(field: string, decimal: bigint | string): RangeError {
  const error = new RangeError(`${field}: ${decimal} is beyond ±(2^53-1) and cannot be a number exactly`);
  int64RangeErrors.add(error);
  return error;
}

function wordsToNumber(lo: number, hi: number, unsigned: boolean, field: string): number {
  const high = unsigned ? hi >>> 0 : hi | 0;
  // -2^53 has the high word -2^21 and the low word 0: the one value at that edge that is unsafe.
  if (high < SAFE_HIGH_WORD && (high > -SAFE_HIGH_WORD || (high === -SAFE_HIGH_WORD && lo !== 0))) {
    return high * TWO_POW_32 + (lo >>> 0);
  }
  const decimal = unsigned ? protoInt64.uDec(lo, hi) : protoInt64.dec(lo, hi);
  throw int64RangeError(field, decimal);
}

function foreignInt64(value: { toString(): string }, field: string): number {
  const num = Number(value.toString());
  if (!Number.isSafeInteger(num)) {
    throw int64RangeError(field, value.toString());
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

/**
 * Bytes a generated `decode` could not read as the message: cut short, a wire type the field
 * cannot have, a length past the end, invalid UTF-8, nesting too deep. `path` names the message
 * being read when it failed, through the fields that hold it (`IMMessage.quoteElem.quoteMessage`);
 * `offset` is the byte of the input where reading stopped; `cause` is the reader's own error.
 */
export class ProtobufDecodeError extends Error {
  override readonly name = "ProtobufDecodeError";
  readonly path: string;
  readonly offset: number;

  constructor(path: string, detail: string, offset: number, cause: unknown) {
    super(`${path}: ${detail}`, { cause });
    this.path = path;
    this.offset = offset;
  }
}

/**
 * What a generated decode throws when reading failed: the error of a nested message gets this
 * message and the field holding it put in front of its path (`tag` and `fields` name that field);
 * any other error becomes a ProtobufDecodeError for this message. An int64 RangeError passes
 * through unchanged.
 */
export function wrapDecodeError(
  error: unknown,
  message: string,
  reader: BinaryReader,
  tag?: number,
  fields?: { readonly [fieldNo: number]: string },
): Error {
  if (error instanceof ProtobufDecodeError) {
    const fieldNo = (tag as number) >>> 3;
    const field = fields?.[fieldNo] ?? `#${fieldNo}`;
    const rest = error.path.indexOf(".");
    const path = `${message}.${field}${rest < 0 ? "" : error.path.slice(rest)}`;
    return new ProtobufDecodeError(
      path,
      error.message.slice(error.path.length + 2),
      error.offset,
      error.cause,
    );
  }
  if (error instanceof RangeError && int64RangeErrors.has(error)) return error;
  const text = error instanceof Error ? error.message : String(error);
  // The exact-codec checks already begin with the message name, which the path now gives.
  const reason = text.startsWith(`${message}: `) ? text.slice(message.length + 2) : text;
  const offset = Math.min(reader.pos, reader.len);
  return new ProtobufDecodeError(message, `${reason} at byte ${offset} of ${reader.len}`, offset, error);
}
