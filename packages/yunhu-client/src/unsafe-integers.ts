/**
 * Finds the first integer beyond ±(2^53 − 1) in a message about to be encoded: such a `number`
 * has already lost precision, and encoding it would send a value the caller never wrote.
 * Returns its path (e.g. `data.fileSize`) or undefined.
 */
export function findUnsafeInteger(value: unknown, path = ""): string | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && !Number.isSafeInteger(value) ? path || "(value)" : undefined;
  }
  if (value === null || typeof value !== "object" || value instanceof Uint8Array) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key === "_unknownFields") continue;
    const found = findUnsafeInteger(child, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Finds the first `bigint` in parsed JSON (lossless parsing turns integers beyond 2^53 into bigint). */
export function findBigInt(value: unknown, path = ""): string | undefined {
  if (typeof value === "bigint") return path || "(value)";
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findBigInt(child, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}
