/**
 * Compares what the caller passed with what the codec's `fromPartial` kept, and returns the path
 * of the first key the message does not declare (e.g. `chat_id` instead of `chatId`), which
 * would otherwise be dropped without a word.
 */
export function findUndeclaredField(input: unknown, kept: unknown, path = ""): string | undefined {
  if (Array.isArray(input) && Array.isArray(kept)) {
    for (let i = 0; i < input.length; i++) {
      const found = findUndeclaredField(input[i], kept[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isPlainObject(input) || !isPlainObject(kept)) return undefined;
  for (const [key, child] of Object.entries(input)) {
    const childPath = path ? `${path}.${key}` : key;
    if (!(key in kept)) {
      if (child === undefined) continue;
      return childPath;
    }
    const found = findUndeclaredField(child, kept[key], childPath);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}
