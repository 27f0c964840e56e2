const int64Min = -(2n ** 63n);
const int64Max = 2n ** 63n - 1n;

/**
 * Refuses integers that cannot reach the server exactly: a `number` past 2^53 may already have
 * been rounded, and a `bigint` outside int64 cannot be stored. Returns a description of the first
 * offending value, or undefined when all are fine.
 */
export function findInexactInteger(value: unknown, path: string): string | undefined {
  if (typeof value === "number") {
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      return `${path} is ${value}, beyond 2^53 where numbers are not exact; pass it as a bigint`;
    }
    return undefined;
  }
  if (typeof value === "bigint") {
    return value < int64Min || value > int64Max ? `${path} is ${value}, outside the int64 range` : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = findInexactInteger(item, `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const problem = findInexactInteger(item, path ? `${path}.${key}` : key);
      if (problem) return problem;
    }
  }
  return undefined;
}
