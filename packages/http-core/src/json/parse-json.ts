import { parseLossless } from "./lossless-parse.js";
import { type ParseJsonOptions, parseScannedJson } from "./parse-scanned-json.js";

/**
 * Parses JSON keeping every number exact. Integer literals within ±(2^53 − 1) become `number`,
 * larger ones `bigint`; a fraction or exponent literal becomes a `number` only when that number is
 * exactly what was written could mean (within ±(2^53 − 1), finite). Nesting is bounded by
 * `maxDepth`. A repeated key keeps its last value, as in `JSON.parse`.
 *
 * Throws `JsonParseError` (a `SyntaxError`) whose message never quotes the text.
 */
export function parseJson(text: string, options: ParseJsonOptions = {}): unknown {
  return parseScannedJson(text, options, () => parseLossless);
}
