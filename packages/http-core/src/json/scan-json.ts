import { JsonParseError } from "./json-parse-error.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const maxSafeDigits = String(Number.MAX_SAFE_INTEGER);

const isDigit = (code: number) => code >= ZERO && code <= NINE;
/** Characters a JSON number literal may hold after its first one: digits, sign, point, exponent. */
const isNumberPart = (code: number) =>
  isDigit(code) || code === 0x2b || code === MINUS || code === 0x2e || code === 0x45 || code === 0x65;

/**
 * One pass over JSON text, before any parsing, that bounds what parsing may cost and decides how
 * to parse: it refuses nesting deeper than `maxDepth` (a recursive parser, and every walk over the
 * result, would otherwise overflow the stack) and number literals no result can hold exactly, and
 * reports whether an integer literal needs `bigint`. Malformed text is left for the parser to
 * report; this pass never throws a syntax error of its own.
 */
export function scanJson(text: string, maxDepth: number): { hasUnsafeInteger: boolean } {
  let hasUnsafeInteger = false;
  let depth = 0;
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      at = endOfString(text, at + 1);
      continue;
    }
    if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      if (++depth > maxDepth) {
        throw new JsonParseError("too-deep", `JSON nested deeper than ${maxDepth} levels`, at);
      }
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
      depth--;
    } else if (code === MINUS || isDigit(code)) {
      const start = at;
      let digits = 0;
      let integer = true;
      for (; at < length; at++) {
        const part = text.charCodeAt(at);
        if (isDigit(part)) digits++;
        else if (part === MINUS && at === start) continue;
        else if (isNumberPart(part)) integer = false;
        else break;
      }
      if (integer) {
        if (digits >= maxSafeDigits.length && isUnsafeIntegerLiteral(text.slice(start, at), digits)) {
          hasUnsafeInteger = true;
        }
      } else {
        checkFractionLiteral(text.slice(start, at), start);
      }
      continue;
    }
    at++;
  }
  return { hasUnsafeInteger };
}

/** The offset just past the string whose contents start at `from` (the text's end if unterminated). */
function endOfString(text: string, from: number): number {
  let quote = text.indexOf('"', from);
  while (quote >= 0) {
    let backslashes = 0;
    for (let back = quote - 1; back >= from && text.charCodeAt(back) === BACKSLASH; back--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}

function isUnsafeIntegerLiteral(literal: string, digits: number): boolean {
  if (digits > maxSafeDigits.length) return true;
  const unsigned = literal.charCodeAt(0) === MINUS ? literal.slice(1) : literal;
  return unsigned > maxSafeDigits;
}

/**
 * A literal with a fraction or exponent becomes a double. Beyond ±(2^53 − 1) every double is an
 * integer that stands for several literals (`9007199254740993.0` reads as …992), and past the
 * largest double it becomes Infinity: either way the value written is not the value read.
 */
function checkFractionLiteral(literal: string, position: number): void {
  const value = Number(literal);
  if (Number.isNaN(value)) return; // malformed: the parser reports it
  if (!Number.isFinite(value)) {
    throw new JsonParseError("inexact-number", "JSON number that overflows to Infinity", position);
  }
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    throw new JsonParseError(
      "inexact-number",
      "JSON number beyond ±(2^53 − 1) in fraction or exponent form, which cannot be read exactly",
      position,
    );
  }
}
