/**
 * int64 fields travel as JavaScript numbers, and only as exact ones: a value a number cannot hold
 * exactly is a RangeError naming the field, whichever way it travels (decode, encode, fromJSON).
 */

export const TWO_POW_32 = 0x1_0000_0000;
/** int64 values whose high word is within ±2^21 fit a double exactly. */
const SAFE_HIGH_WORD = 0x20_0000;

/** Describes a rejected value without echoing text, which could be a credential. */
export function shown(value: unknown): string {
  return typeof value === "number" ? String(value) : `a ${typeof value}`;
}

/** The exact number of a 64-bit value given as two 32-bit words, or a RangeError naming `field`. */
export function wordsToNumber(lo: number, hi: number, unsigned: boolean, field: string): number {
  const high = unsigned ? hi >>> 0 : hi | 0;
  // -2^53 has the high word -2^21 and the low word 0: the one value at that edge that is unsafe.
  if (high < SAFE_HIGH_WORD && (high > -SAFE_HIGH_WORD || (high === -SAFE_HIGH_WORD && lo !== 0))) {
    return high * TWO_POW_32 + (lo >>> 0);
  }
  const bits = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  const decimal = unsigned ? bits : BigInt.asIntN(64, bits);
  throw new RangeError(`${field}: ${decimal} is beyond ±(2^53-1) and cannot be a number exactly`);
}

/** `value` itself when it is a safe integer (and not negative for an unsigned field), else a RangeError. */
export function exactInt64(value: number, field: string, unsigned: boolean): number {
  if (!Number.isSafeInteger(value) || (unsigned && value < 0)) {
    const expected = unsigned ? "a non-negative integer" : "an integer";
    throw new RangeError(`${field}: ${shown(value)} is not ${expected} within ±(2^53-1)`);
  }
  return value;
}

/** The low and high words of a safe integer, two's complement. */
export function numberToWords(value: number): { lo: number; hi: number } {
  return { lo: value >>> 0, hi: Math.floor(value / TWO_POW_32) | 0 };
}

const decimalInteger = /^-?[0-9]+$/;

/**
 * An int64 in proto3 JSON: a number, or a decimal string (as proto3 JSON writes int64), either
 * one an exact integer within ±(2^53−1). Floats, exponents and other text are refused.
 */
export function int64FromJSON(value: unknown, field: string, unsigned: boolean): number {
  if (typeof value === "number") return exactInt64(value, field, unsigned);
  const num = typeof value === "string" && decimalInteger.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(num) || (unsigned && num < 0)) {
    // Echo digits only: a misplaced string could be a credential.
    const what = Number.isNaN(num) ? `a ${typeof value} that is not an integer` : (value as string);
    throw new RangeError(`${field}: ${what} is not an int64 within ±(2^53-1)`);
  }
  return num;
}
