import { joinPath } from "./field-path.js";

/**
 * Compares what the caller passed with what the codec's `fromPartial` kept, and returns the path
 * of the first key the message does not declare (e.g. `chat_id` instead of `chatId`), which
 * would otherwise be dropped without a word.
 */
export function findUndeclaredField(input: unknown, kept: unknown): string | undefined {
  if (Array.isArray(input)) {
    if (!Array.isArray(kept)) return undefined;
    for (let i = 0; i < input.length; i++) {
      const found = findUndeclaredField(input[i], kept[i]);
      if (found !== undefined) return joinPath(`[${i}]`, found);
    }
    return undefined;
  }
  if (!isPlainObject(input) || !isPlainObject(kept)) return undefined;
  for (const key in input) {
    const child = input[key];
    if (!(key in kept)) {
      if (child === undefined) continue;
      return key;
    }
    const found = findUndeclaredField(child, kept[key]);
    if (found !== undefined) return joinPath(key, found);
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}
