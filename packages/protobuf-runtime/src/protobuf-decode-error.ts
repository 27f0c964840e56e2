import { hasErrorBrand, setErrorBrands } from "@chatwire/errors";
import type { WireReader } from "./wire-reader.js";

/**
 * Why bytes could not be decoded. The first group is malformed input; the last two are the
 * reader's budget (`DecodeLimits`), which well-formed but hostile input can exceed.
 */
export type ProtobufDecodeReason =
  /** The input ends inside a field: a varint, a fixed-width value, or length-delimited content. */
  | "truncated"
  /** A varint longer than ten bytes, or whose tenth byte carries more than bit 63. */
  | "invalid-varint"
  /** Field number 0, a tag beyond 32 bits, wire type 6 or 7, an end-group tag without its start. */
  | "invalid-tag"
  /** A group left open, or closed by another field's end-group tag. */
  | "invalid-group"
  /** A length prefix of 2^32 or more. */
  | "invalid-length"
  /** A declared field arriving with a wire type its type cannot have. */
  | "wire-type-mismatch"
  /** A nested message or packed list whose fields run past its length. */
  | "length-mismatch"
  /** A string that is not valid UTF-8, as proto3 requires it to be. */
  | "invalid-utf8"
  /** Messages (or groups) nested deeper than `maxDepth`. */
  | "too-deep"
  /** More messages in one input than `maxMessages`. */
  | "too-many-messages";

const brand = "ProtobufDecodeError";

/**
 * Bytes a generated `decode` could not read as the message. `path` names the message being read
 * when it failed, through the fields that hold it (`IMMessage.quoteElem.quoteMessage`); `offset`
 * is the byte of the input where the item that could not be read starts; `reason` says what was
 * wrong. The message never repeats input bytes.
 */
export class ProtobufDecodeError extends Error {
  /** `instanceof` checks the brand, so an error from another copy of this package still matches. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasErrorBrand(value, brand);
  }

  override name = "ProtobufDecodeError";
  readonly reason: ProtobufDecodeReason;
  readonly offset: number;
  /** The input's length, for the message. */
  readonly inputLength: number;
  /** What went wrong, without the path and position. */
  readonly detail: string;
  /** Empty until a generated decode names the message; see `atPath`. */
  path = "";

  constructor(
    reason: ProtobufDecodeReason,
    detail: string,
    offset: number,
    inputLength: number,
    cause?: unknown,
  ) {
    super(`${detail} at byte ${offset} of ${inputLength}`, cause === undefined ? undefined : { cause });
    this.reason = reason;
    this.detail = detail;
    this.offset = offset;
    this.inputLength = inputLength;
    setErrorBrands(this, [brand]);
  }

  /** Sets the path and rewrites the message to lead with it. */
  atPath(path: string): this {
    this.path = path;
    this.message = `${path}: ${this.detail} at byte ${this.offset} of ${this.inputLength}`;
    return this;
  }
}

/** True for a ProtobufDecodeError from this copy of the package or any other. */
export function isProtobufDecodeError(value: unknown): value is ProtobufDecodeError {
  return hasErrorBrand(value, brand);
}

/**
 * What a generated decode's `catch` throws: a decode error gets the message's name as its path,
 * or, coming out of a nested message, this message and the field holding it put in front
 * (`fields` maps the nested field's number to its name). Any other error (an int64 beyond
 * ±(2^53−1) is a RangeError naming the field) passes through unchanged. The reader leaves the
 * message, so its depth stays right for a caller that catches and reads on.
 */
export function decodeFailure(
  reader: WireReader,
  error: unknown,
  message: string,
  tag: number,
  fields?: { readonly [fieldNo: number]: string },
): unknown {
  reader.depth--;
  if (!(error instanceof ProtobufDecodeError)) return error;
  if (error.path === "") return error.atPath(message);
  const fieldNo = tag >>> 3;
  const field = fields?.[fieldNo] ?? `#${fieldNo}`;
  const dot = error.path.indexOf(".");
  return error.atPath(`${message}.${field}${dot < 0 ? "" : error.path.slice(dot)}`);
}
