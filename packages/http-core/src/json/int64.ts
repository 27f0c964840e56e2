/** The range of a signed 64-bit integer, for checking values a schema declares as int64. */
export const int64Min = -(2n ** 63n);
/** Largest signed 64-bit integer. */
export const int64Max = 2n ** 63n - 1n;
/** Largest unsigned 64-bit integer. */
export const uint64Max = 2n ** 64n - 1n;

/**
 * True when `value` is an integer within int64 (`unsigned`: within uint64). A parsed JSON integer
 * is a `number` within ±(2^53 − 1) and a `bigint` beyond it, so both forms are accepted; a 30-digit
 * literal parses exactly but is no int64.
 */
export function isInt64(value: unknown, unsigned = false): value is number | bigint {
  if (typeof value === "number") return Number.isSafeInteger(value) && (!unsigned || value >= 0);
  if (typeof value !== "bigint") return false;
  return unsigned ? value >= 0n && value <= uint64Max : value >= int64Min && value <= int64Max;
}
