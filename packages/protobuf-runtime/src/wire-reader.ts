import {
  type DecodeLimits,
  deadlineCheck,
  deadlineCheckInterval,
  defaultMaxDepth,
  defaultMaxMessages,
  limitValue,
} from "./decode-limits.js";
import { TWO_POW_32, wordsToNumber } from "./int64.js";
import { nativeUtf8Slice as importedSlice } from "./native-utf8.js";
import { bufferOver, isNodeBuffer, type TextBuffer } from "./node-buffer.js";
import { ProtobufDecodeError, type ProtobufDecodeReason } from "./protobuf-decode-error.js";
import { decodeUtf8Strict, shortAscii as importedShortAscii, SHORT_ASCII_BYTES } from "./utf8-decode.js";
import { WireType } from "./wire-type.js";

/**
 * Module-local copies of the string routines: V8 calls a module's own constant directly and
 * inlines it, but not an imported binding, which cost 5 to 25 ns per string as measured.
 */
const nativeUtf8Slice = importedSlice;
const shortAscii = importedShortAscii;

/**
 * Reads protobuf's wire format from one Uint8Array, as strictly as Google's parsers: a varint of
 * more than ten bytes (or whose tenth byte holds more than bit 63), a length of 2^32 or more or
 * past the end, field number 0, wire types 6 and 7, an unbalanced group, invalid UTF-8 in a
 * string are ProtobufDecodeErrors, wherever they occur, unknown fields included.
 *
 * Generated `decode` functions take a reader and honour its `DecodeLimits`: pass your own reader
 * to decode with other limits, `X.decode(new WireReader(bytes, { maxMessages: 1000 }))`.
 */
export class WireReader {
  // Fields are set in the constructor, not by initializers: V8 runs class field initializers as
  // a separate function call per reader, a cost every small decode pays.
  /** The position of the next byte to read. */
  declare pos: number;
  /** The input's length. */
  declare readonly len: number;
  /** How many messages deep the decode is now; generated code moves it. */
  declare depth: number;
  /** How many messages the decode has entered so far. */
  declare messages: number;
  declare readonly maxDepth: number;
  declare readonly maxMessages: number;
  declare private readonly checkDeadline: (() => void) | undefined;
  declare private readonly data: Uint8Array;
  declare private view: DataView | undefined;
  /**
   * A Buffer over the input's memory for decoding strings without Node's own UTF-8 routines (see
   * findTextBuffer); null where there is none (browsers), and then TextDecoder decodes.
   */
  declare private text: TextBuffer | null | undefined;
  /** Where the input starts in `text` (read once: `byteOffset` costs a call each time). */
  declare private textOffset: number;

  constructor(bytes: Uint8Array, limits?: DecodeLimits) {
    if (!(bytes instanceof Uint8Array)) {
      throw new TypeError(
        `protobuf input must be a Uint8Array, not ${bytes === null ? "null" : typeof bytes}`,
      );
    }
    this.pos = 0;
    this.len = bytes.length;
    this.depth = 0;
    this.messages = 0;
    if (limits === undefined) {
      this.maxDepth = defaultMaxDepth;
      this.maxMessages = defaultMaxMessages;
      this.checkDeadline = undefined;
    } else {
      this.maxDepth = limitValue(limits.maxDepth, "maxDepth", defaultMaxDepth);
      this.maxMessages = limitValue(limits.maxMessages, "maxMessages", defaultMaxMessages);
      this.checkDeadline = deadlineCheck(limits.checkDeadline);
    }
    this.data = bytes;
    this.view = undefined;
    this.text = undefined;
    this.textOffset = 0;
  }

  private fail(reason: ProtobufDecodeReason, detail: string, offset: number, cause?: unknown): never {
    throw new ProtobufDecodeError(reason, detail, Math.min(offset, this.len), this.len, cause);
  }

  private truncated(offset: number): never {
    return this.fail("truncated", "premature EOF", offset);
  }

  /**
   * Starts a message: counts it against the limits and returns where it ends, `length` bytes on
   * (a nested message) or at the end of the input (the outermost one, `length` undefined).
   */
  enter(length: number | undefined): number {
    const end = length === undefined ? this.len : this.pos + length;
    // One test on the way in; the checks in order, and their errors, are out of line: this runs
    // for every message, and measured 5 ns a message faster so.
    if (
      this.messages >= this.maxMessages ||
      this.depth >= this.maxDepth ||
      !(end <= this.len) ||
      this.checkDeadline !== undefined
    ) {
      this.checkEnter(end);
    }
    this.messages++;
    this.depth++;
    return end;
  }

  /** The limits, the bounds and the deadline hook, before a message is counted. */
  private checkEnter(end: number): void {
    if (this.messages >= this.maxMessages) {
      this.fail("too-many-messages", `more than ${this.maxMessages} messages`, this.pos);
    }
    if (this.depth >= this.maxDepth) {
      this.fail("too-deep", `messages nested more than ${this.maxDepth} levels deep`, this.pos);
    }
    if (!(end <= this.len)) this.truncated(this.pos);
    // Before counting this message, so a throw leaves the counts as the callers' catch expects.
    if (this.checkDeadline !== undefined && (this.messages + 1) % deadlineCheckInterval === 0) {
      this.checkDeadline();
    }
  }

  /** Ends a message that started with enter(): its last field must end exactly at `end`. */
  leave(end: number): void {
    if (this.pos !== end) this.lengthMismatch();
    this.depth--;
  }

  private lengthMismatch(): never {
    return this.fail("length-mismatch", "a field runs past the end of its enclosing length", this.pos);
  }

  /**
   * The error for a declared field that arrived with a wire type its type cannot have: the bytes
   * come from an incompatible schema. Returned, for generated code to throw.
   */
  wireTypeMismatch(tag: number): ProtobufDecodeError {
    const detail = `field ${tag >>> 3} has wire type ${tag & 7}, which its declared type cannot have`;
    return new ProtobufDecodeError("wire-type-mismatch", detail, Math.min(this.pos, this.len), this.len);
  }

  /** Ends a packed list: its last element must end exactly at `end`. */
  endPacked(end: number): void {
    if (this.pos !== end) this.lengthMismatch();
  }

  /** A field tag (field number × 8 + wire type): a varint of at most five bytes, below 2^32. */
  tag(): number {
    const data = this.data;
    const pos = this.pos;
    const b0 = data[pos] as number;
    if (b0 < 0x80) {
      this.pos = pos + 1;
      return b0;
    }
    const b1 = data[pos + 1] as number;
    if (b1 < 0x80) {
      this.pos = pos + 2;
      return (b0 & 0x7f) | (b1 << 7);
    }
    return this.longTag(pos);
  }

  private longTag(start: number): number {
    let value = 0;
    let pos = start;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = this.data[pos++];
      if (byte === undefined) return this.truncated(start);
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        if (value >= TWO_POW_32) break;
        this.pos = pos;
        return value;
      }
    }
    return this.fail("invalid-tag", "a tag beyond 32 bits", start);
  }

  /** A varint as a uint32: up to ten bytes, higher bits dropped, as protobuf reads int32 and enums. */
  varint32(): number {
    const data = this.data;
    const start = this.pos;
    let pos = start;
    let byte = data[pos++] as number;
    if (byte < 0x80) {
      this.pos = pos;
      return byte;
    }
    // A read past the end sees undefined, which ends the chain as a byte < 0x80 would.
    let value = byte & 0x7f;
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
          if (byte >= 0x80) pos = this.varintTail(pos, start);
        }
      }
    }
    if (pos > this.len) this.truncated(start);
    this.pos = pos;
    return value >>> 0;
  }

  /** Moves past bytes 6–10 of a varint whose first five were read; returns the position after it. */
  private varintTail(pos: number, start: number): number {
    for (let index = 5; index < 10; index++) {
      const byte = this.data[pos++];
      if (byte === undefined) return this.truncated(start);
      // The tenth byte carries bit 63 alone.
      if (index === 9 && byte > 1) break;
      if (byte < 0x80) return pos;
    }
    return this.fail("invalid-varint", "a varint longer than ten bytes or beyond 64 bits", start);
  }

  uint32(): number {
    return this.varint32();
  }

  int32(): number {
    return this.varint32() | 0;
  }

  sint32(): number {
    const zigzag = this.varint32();
    return (zigzag >>> 1) ^ -(zigzag & 1);
  }

  bool(): boolean {
    const byte = this.data[this.pos] as number;
    if (byte < 0x80) {
      this.pos++;
      return byte !== 0;
    }
    const { lo, hi } = this.varint64Words();
    return lo !== 0 || hi !== 0;
  }

  /** An int64 varint as an exact number; `field` names it in the RangeError for a value beyond ±(2^53−1). */
  int64(field: string): number {
    const byte = this.data[this.pos] as number;
    if (byte < 0x80) {
      this.pos++;
      return byte;
    }
    const { lo, hi } = this.varint64Words();
    return wordsToNumber(lo, hi, false, field);
  }

  uint64(field: string): number {
    const byte = this.data[this.pos] as number;
    if (byte < 0x80) {
      this.pos++;
      return byte;
    }
    const { lo, hi } = this.varint64Words();
    return wordsToNumber(lo, hi, true, field);
  }

  sint64(field: string): number {
    const { lo, hi } = this.varint64Words();
    const sign = -(lo & 1);
    return wordsToNumber(((lo >>> 1) | ((hi & 1) << 31)) ^ sign, (hi >>> 1) ^ sign, false, field);
  }

  fixed64(field: string): number {
    const lo = this.sfixed32();
    return wordsToNumber(lo, this.sfixed32(), true, field);
  }

  sfixed64(field: string): number {
    const lo = this.sfixed32();
    return wordsToNumber(lo, this.sfixed32(), false, field);
  }

  /** A varint of up to ten bytes as its low and high 32-bit words. */
  private varint64Words(): { lo: number; hi: number } {
    const data = this.data;
    const start = this.pos;
    let pos = start;
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
      if (pos > this.len) this.truncated(start);
      // The tenth byte carries bit 63 alone.
      if (byte >= 0x80 || (pos - start === 10 && byte > 1)) {
        this.fail("invalid-varint", "a varint longer than ten bytes or beyond 64 bits", start);
      }
    }
    if (pos > this.len) this.truncated(start);
    this.pos = pos;
    return { lo, hi };
  }

  private dataView(): DataView {
    this.view ??= new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    return this.view;
  }

  /** Moves past `size` fixed bytes and returns where they start. */
  private fixed(size: number): number {
    const at = this.pos;
    if (at + size > this.len) this.truncated(at);
    this.pos = at + size;
    return at;
  }

  fixed32(): number {
    return this.dataView().getUint32(this.fixed(4), true);
  }

  sfixed32(): number {
    return this.dataView().getInt32(this.fixed(4), true);
  }

  float(): number {
    return this.dataView().getFloat32(this.fixed(4), true);
  }

  double(): number {
    return this.dataView().getFloat64(this.fixed(8), true);
  }

  /**
   * A length prefix: a varint of up to ten bytes, below 2^32 and within what is left of the
   * input (checked before moving on, so an error points at the missing bytes).
   */
  length(): number {
    const data = this.data;
    const start = this.pos;
    let byte = data[start] as number;
    let length = byte & 0x7f;
    let pos = start + 1;
    if (byte >= 0x80) {
      byte = data[pos++] as number;
      length |= (byte & 0x7f) << 7;
      if (byte >= 0x80) {
        byte = data[pos++] as number;
        length |= (byte & 0x7f) << 14;
        if (byte >= 0x80) {
          byte = data[pos++] as number;
          length |= (byte & 0x7f) << 21;
          if (byte >= 0x80) return this.longLength(start);
        }
      }
    }
    // A read past the end sees undefined, which ends the chain as a byte < 0x80 would.
    if (pos > this.len) this.truncated(start);
    this.pos = pos;
    if (length > this.len - pos) this.truncated(pos);
    return length;
  }

  /** A length of five bytes or more: valid below 2^32 (and then far past any real input). */
  private longLength(start: number): number {
    this.pos = start;
    const { lo, hi } = this.varint64Words();
    if (hi !== 0) this.fail("invalid-length", "a length of 2^32 bytes or more", start);
    const length = lo >>> 0;
    if (length > this.len - this.pos) this.truncated(this.pos);
    return length;
  }

  /** Length-delimited bytes, as a view of the input (no copy). */
  bytes(): Uint8Array {
    const length = this.length();
    const start = this.pos;
    this.pos = start + length;
    return this.data.subarray(start, start + length);
  }

  /** A length-delimited string, which must be valid UTF-8. */
  string(): string {
    const length = this.length();
    const start = this.pos;
    const end = start + length;
    this.pos = end;
    if (length <= SHORT_ASCII_BYTES) {
      const ascii = shortAscii(this.data, start, end);
      if (ascii !== undefined) return ascii;
    }
    const decoded =
      nativeUtf8Slice !== undefined
        ? nativeUtf8Slice.call(this.data, start, end)
        : this.decodeThroughBuffer(start, end);
    // Buffer decoding never fails: it writes U+FFFD for each invalid sequence. So a result
    // without U+FFFD came from valid UTF-8 (and equals TextDecoder's); one with it is decoded
    // again strictly, which throws for invalid bytes and gives the same text for a real U+FFFD.
    if (decoded !== undefined && !decoded.includes("\uFFFD")) return decoded;
    return this.strictString(start, end);
  }

  /** Decodes with the documented `buf.toString`; undefined where there is no Buffer. */
  private decodeThroughBuffer(start: number, end: number): string | undefined {
    const text = this.text === undefined ? this.findTextBuffer() : this.text;
    if (text === null) return undefined;
    const offset = this.textOffset;
    // An undefined encoding is the default, UTF-8, taken without looking the name up.
    return text.toString(undefined, offset + start, offset + end);
  }

  /**
   * The Buffer to decode strings through, found at the first string that needs one: the input
   * itself when it is a Buffer (as Node's sockets and files give), else a view over its memory.
   */
  private findTextBuffer(): TextBuffer | null {
    const data = this.data;
    if (isNodeBuffer(data)) {
      this.text = data;
      this.textOffset = 0;
    } else {
      this.text = bufferOver(data.buffer) ?? null;
      this.textOffset = data.byteOffset;
    }
    return this.text;
  }

  /** Decodes with TextDecoder in fatal mode; invalid UTF-8 is a ProtobufDecodeError. */
  private strictString(start: number, end: number): string {
    try {
      return decodeUtf8Strict(this.data, start, end);
    } catch (cause) {
      return this.fail("invalid-utf8", "a string that is not valid UTF-8", start, cause);
    }
  }

  /**
   * Moves past the value of a field this schema does not declare and returns its bytes (after
   * the tag; a group's include its end-group tag), so they can be written back as they came.
   */
  skip(tag: number): Uint8Array {
    const start = this.pos;
    this.skipValue(tag, start, 1);
    return this.data.subarray(start, this.pos);
  }

  /** `at` is where the value starts, for errors. */
  private skipValue(tag: number, tagAt: number, groupDepth: number): void {
    const fieldNo = tag >>> 3;
    if (fieldNo === 0) this.fail("invalid-tag", "invalid tag (field number 0)", tagAt);
    switch (tag & 7) {
      case WireType.Varint:
        this.varint64Words();
        return;
      case WireType.Bit64:
        this.fixed(8);
        return;
      case WireType.LengthDelimited: {
        const length = this.length();
        this.pos += length;
        return;
      }
      case WireType.Bit32:
        this.fixed(4);
        return;
      case WireType.StartGroup:
        if (this.depth + groupDepth > this.maxDepth) {
          this.fail("too-deep", `groups nested more than ${this.maxDepth} levels deep`, tagAt);
        }
        for (;;) {
          const innerAt = this.pos;
          if (innerAt >= this.len) this.fail("invalid-group", `group ${fieldNo} never ends`, tagAt);
          const inner = this.tag();
          if ((inner & 7) === WireType.EndGroup) {
            if (inner >>> 3 !== fieldNo)
              this.fail("invalid-group", `group ${fieldNo} ended by another field's tag`, innerAt);
            return;
          }
          this.skipValue(inner, innerAt, groupDepth + 1);
        }
      case WireType.EndGroup:
        this.fail("invalid-tag", "invalid tag (an end-group tag without a matching start)", tagAt);
        break;
      default:
        this.fail("invalid-tag", `invalid tag (wire type ${tag & 7})`, tagAt);
    }
  }
}
