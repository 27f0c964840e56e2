import { isInteger, parse, stringify } from "lossless-json";
import { JsonParseError } from "./json-parse-error.js";
import { scanJson } from "./scan-json.js";

/** Deep enough for any API answer these clients read; shallow enough that no walk overflows the stack. */
export const defaultMaxJsonDepth = 64;

/** Options of the lossless JSON parser. */
export interface ParseJsonOptions {
  /** Deepest nesting of arrays and objects accepted. Default 64. */
  readonly maxDepth?: number;
}

function parseNumberLiteral(literal: string): number | bigint {
  const value = Number(literal);
  if (isInteger(literal) && !Number.isSafeInteger(value)) return BigInt(literal);
  return value;
}

/** The position lossless-json names in its messages ("... at position 12"), or -1. */
function positionOf(error: unknown): number {
  const match = error instanceof Error ? /at position (\d+)/.exec(error.message) : null;
  return match ? Number(match[1]) : -1;
}

/**
 * Parses JSON keeping every number exact. Integer literals within ±(2^53 − 1) become `number`,
 * larger ones `bigint`; a fraction or exponent literal becomes a `number` only when that number is
 * exactly what was written could mean (within ±(2^53 − 1), finite). Nesting is bounded by
 * `maxDepth`. A repeated key keeps its last value, as in `JSON.parse`.
 *
 * Throws `JsonParseError` (a `SyntaxError`) whose message never quotes the text.
 */
export function parseJson(text: string, options: ParseJsonOptions = {}): unknown {
  const maxDepth = options.maxDepth ?? defaultMaxJsonDepth;
  const { hasUnsafeInteger } = scanJson(text, maxDepth);
  try {
    // Without an integer that needs bigint, the native parser gives the same values, faster.
    if (!hasUnsafeInteger) return JSON.parse(text);
    return parse(text, null, {
      parseNumber: parseNumberLiteral,
      onDuplicateKey: ({ newValue }) => newValue,
    });
  } catch (error) {
    // V8's message quotes the text; only lossless-json's position is kept, asked for again if needed.
    let position = hasUnsafeInteger ? positionOf(error) : -1;
    if (!hasUnsafeInteger) {
      try {
        parse(text);
      } catch (again) {
        position = positionOf(again);
      }
    }
    throw new JsonParseError("syntax", "not valid JSON", position);
  }
}

/** Serialises like `JSON.stringify`, writing `bigint` values as exact JSON numbers. */
export function stringifyJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new TypeError(`cannot serialise ${typeof value} as JSON`);
  return text;
}
