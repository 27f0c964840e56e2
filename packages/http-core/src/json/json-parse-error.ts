/**
 * Why a text was refused as JSON:
 * - `syntax`: not JSON at all;
 * - `too-deep`: arrays and objects nested deeper than the parse allows;
 * - `inexact-number`: a number the result could not hold exactly — a fraction or exponent form
 *   of a value beyond ±(2^53 − 1) (`9007199254740993.0`, `9.007199254740993e15`) or one that
 *   overflows to Infinity (`1e400`).
 */
export type JsonParseErrorReason = "syntax" | "too-deep" | "inexact-number";

/**
 * What `parseJson` throws. The message gives the reason and the position in the text and never
 * quotes the text: a server that echoes a credential would otherwise see it reach a log.
 */
export class JsonParseError extends SyntaxError {
  override readonly name = "JsonParseError";
  readonly reason: JsonParseErrorReason;
  /** Offset in the text (UTF-16 units) where parsing stopped; -1 when the parser did not say. */
  readonly position: number;

  constructor(reason: JsonParseErrorReason, detail: string, position: number) {
    super(position >= 0 ? `${detail} at position ${position}` : detail);
    this.reason = reason;
    this.position = position;
  }
}
