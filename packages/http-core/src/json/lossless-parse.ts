import { parse } from "lossless-json";

/** A literal as the value it stands for: a bigint for an integer beyond ±(2^53 − 1). */
function parseNumberLiteral(literal: string): number | bigint {
  const value = Number(literal);
  return /^-?\d+$/.test(literal) && !Number.isSafeInteger(value) ? BigInt(literal) : value;
}

/**
 * lossless-json's parse of a text that holds an integer beyond ±(2^53 − 1): such integers become
 * `bigint`, the others `number`, and a repeated key keeps its last value, as in `JSON.parse`.
 * Throws lossless-json's SyntaxError, which quotes the text, for malformed text.
 */
export function parseLossless(text: string): unknown {
  return parse(text, null, {
    parseNumber: parseNumberLiteral,
    onDuplicateKey: ({ newValue }) => newValue,
  });
}
