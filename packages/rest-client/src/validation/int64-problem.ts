const int64Min = -(2n ** 63n);
const int64Max = 2n ** 63n - 1n;

/**
 * What is wrong with a value given as an int64 (an ID in the options or a header), or undefined.
 * The same rule as the generated validators' int64, without loading them: a safe-integer number,
 * or a bigint within int64.
 */
export function int64Problem(value: unknown): string | undefined {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return undefined;
    return Number.isInteger(value)
      ? "must be a bigint beyond 2^53 - 1 (a number there is not exact)"
      : "must be an int64 (a safe integer number or a bigint)";
  }
  if (typeof value === "bigint")
    return value < int64Min || value > int64Max ? "must be within int64" : undefined;
  return "must be an int64 (a safe integer number or a bigint)";
}
