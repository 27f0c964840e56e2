import { JsonParseError } from "./json-parse-error.js";
import { scanJson } from "./scan-json.js";
import { syntaxErrorPosition } from "./syntax-error-position.js";

/** Deep enough for any API answer these clients read; shallow enough that no walk overflows the stack. */
export const defaultMaxJsonDepth = 64;

/** Options of the lossless JSON parser. */
export interface ParseJsonOptions {
  /** Deepest nesting of arrays and objects accepted. Default 64. */
  readonly maxDepth?: number;
}

/** Parses a text that holds an integer beyond ±(2^53 − 1) (lossless-json, loaded or not yet). */
export type ParseLossless = (text: string) => unknown;

/**
 * The parse behind `parseJson` and `HttpAnswer.json()`: one scan bounds the nesting, refuses
 * number literals no result can hold exactly and tells whether an integer needs `bigint`; only
 * then is `lossless()` asked for the lossless parser, otherwise the native `JSON.parse` reads the
 * text. Throws `JsonParseError`, whose message never quotes the text.
 */
export function parseScannedJson(
  text: string,
  options: ParseJsonOptions,
  lossless: () => ParseLossless,
): unknown {
  const { hasUnsafeInteger } = scanJson(text, options.maxDepth ?? defaultMaxJsonDepth);
  try {
    return hasUnsafeInteger ? lossless()(text) : JSON.parse(text);
  } catch (error) {
    // Both parsers' messages quote the text: only the position is kept.
    if (!(error instanceof SyntaxError)) throw error;
    throw new JsonParseError("syntax", "not valid JSON", syntaxErrorPosition(text));
  }
}
