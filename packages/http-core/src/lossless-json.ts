import { isInteger, parse, stringify } from "lossless-json";

/** Runs of 16+ digits: the only places an integer beyond 2^53 - 1 can hide. */
const longDigitRun = /\d{16,}/g;
const maxSafeDigits = String(Number.MAX_SAFE_INTEGER);

/**
 * True unless every long digit run is a 16-digit value no greater than 2^53 - 1. When false, the
 * native parser gives exactly the same result and is several times faster. Runs inside strings
 * or fractions only make this answer true needlessly, never wrongly false.
 */
function mayHoldUnsafeInteger(text: string): boolean {
  for (const [run] of text.matchAll(longDigitRun)) {
    if (run.length > maxSafeDigits.length || run > maxSafeDigits) return true;
  }
  return false;
}

function parseNumberLiteral(literal: string): number | bigint {
  const value = Number(literal);
  if (isInteger(literal) && !Number.isSafeInteger(value)) return BigInt(literal);
  return value;
}

/**
 * Parses JSON keeping int64 exact: integers within ±(2^53 - 1) become `number`, larger ones
 * `bigint`. Non-integer numbers behave as in `JSON.parse`; a repeated key keeps its last value.
 * Throws SyntaxError on malformed text.
 */
export function parseJson(text: string): unknown {
  if (!mayHoldUnsafeInteger(text)) return JSON.parse(text);
  return parse(text, null, {
    parseNumber: parseNumberLiteral,
    onDuplicateKey: ({ newValue }) => newValue,
  });
}

/** Serialises like `JSON.stringify`, writing `bigint` values as exact JSON numbers. */
export function stringifyJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new TypeError(`cannot serialise ${typeof value} as JSON`);
  return text;
}
