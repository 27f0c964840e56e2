import { InvalidIdError, InvalidSourceMessageError } from "../conversion/adapter-errors.js";
import type { Int64 } from "./maxim-shapes.js";

const DECIMAL = /^-?\d+$/;

/** A MaxIM int64 ID from its decimal string, as a `number` when exact and a `bigint` beyond 2^53. */
export function int64FromId(id: string, field: string): Int64 {
  if (!DECIMAL.test(id)) throw new InvalidIdError("maxim", field, `must be a decimal integer, got "${id}"`);
  const big = BigInt(id);
  if (big > 0x7fffffffffffffffn || big < -0x8000000000000000n) {
    throw new InvalidIdError("maxim", field, `is outside the int64 range: ${id}`);
  }
  return big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(big) : big;
}

/** The decimal string of an int64 ID, exact for both representations. */
export function idFromInt64(value: Int64 | undefined): string {
  return value === undefined ? "" : value.toString();
}

/** A millisecond time; beyond 2^53 it cannot be a real time, so it is rejected rather than rounded. */
export function timeFromInt64(value: Int64 | undefined): number {
  if (value === undefined) return 0;
  if (typeof value === "bigint") {
    throw new InvalidSourceMessageError(
      "maxim",
      "timestamp",
      `is beyond 2^53 (${value}); not a millisecond time`,
    );
  }
  return value;
}
