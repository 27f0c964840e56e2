import { joinPath } from "./field-path.js";

/**
 * Compares what the caller passed with what the codec's `fromPartial` made of it and returns the
 * first field that does not fit, or undefined:
 * - a key the message does not declare (`chat_id` for `chatId`), which would be dropped;
 * - a message field given something other than an object (`data: "hi"`), which `fromPartial`
 *   would turn into an empty message;
 * - a repeated field given something other than an array, a bytes field something other than a
 *   Uint8Array.
 * Scalars of the wrong type are caught after encoding (`findAlteredField`).
 */
export function findMisfitField(input: unknown, kept: unknown): string | undefined {
  if (Array.isArray(input)) {
    if (!Array.isArray(kept)) return undefined;
    for (let i = 0; i < input.length; i++) {
      const found = findMisfitField(input[i], kept[i]);
      if (found !== undefined) return joinPath(`[${i}]`, found);
    }
    return undefined;
  }
  if (!isPlainObject(input) || !isPlainObject(kept)) return undefined;
  for (const key in input) {
    const given = input[key];
    if (given === undefined || given === null) continue;
    if (!(key in kept)) return `${key} is not a field of the request message`;
    const made = kept[key];
    if (Array.isArray(made) && !Array.isArray(given)) return `${key} must be a list`;
    if (made instanceof Uint8Array && !(given instanceof Uint8Array)) return `${key} must be a Uint8Array`;
    if (isPlainObject(made) && !isPlainObject(given)) return `${key} must be an object (a message)`;
    const found = findMisfitField(given, made);
    if (found !== undefined) return joinPath(key, found);
  }
  return undefined;
}

/**
 * Before `fromPartial` (which may throw on a wrong type, with a message about its own code):
 * the first top-level field whose value cannot be what the message's defaults say it is.
 */
export function findMistypedTopLevelField(
  input: Record<string, unknown>,
  defaults: unknown,
): string | undefined {
  if (!isPlainObject(defaults)) return undefined;
  for (const [key, given] of Object.entries(input)) {
    if (given === undefined || given === null || !(key in defaults)) continue;
    const expected = defaults[key];
    if (Array.isArray(expected) && !Array.isArray(given)) return `${key} must be a list`;
    if (typeof expected === "string" && typeof given !== "string") return `${key} must be a string`;
    if (typeof expected === "boolean" && typeof given !== "boolean") return `${key} must be a boolean`;
    if (typeof expected === "number" && typeof given !== "number") return `${key} must be a number`;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}
