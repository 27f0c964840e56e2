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

type PathStep = string | 0;

/** `{ data: { buttons: [ {} ] } }` for the path `data.buttons[0]`: a partial that makes `fromPartial` fill that message in. */
function partialAt(path: readonly PathStep[]): unknown {
  let value: unknown = {};
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i] as PathStep;
    value = step === 0 ? [value] : { [step]: value };
  }
  return value;
}

function valueAt(root: unknown, path: readonly PathStep[]): unknown {
  let value = root;
  for (const step of path) value = (value as Record<string | number, unknown> | undefined)?.[step];
  return value;
}

function describePath(path: readonly PathStep[], key: string): string {
  return [...path, key].reduce<string>(
    (text, step) => (step === 0 ? `${text}[]` : text ? `${text}.${step}` : `${step}`),
    "",
  );
}

/**
 * Before `fromPartial` (which may throw, or quietly turn `data: "hi"` into an empty message), the
 * first field whose value cannot have the field's type, as a sentence (`data must be an object
 * (a message)`, `chatType must be a number`), or undefined. The types come from the codec itself:
 * `fromPartial` of an empty partial gives each field's default (`""`, `0`, `false`, `[]`), and a
 * partial with `{}` at a path gives the default message there.
 */
export function findMistypedField(
  input: Record<string, unknown>,
  fromPartial: (partial: unknown) => unknown,
  path: readonly PathStep[] = [],
): string | undefined {
  const defaults = valueAt(fromPartial(partialAt(path)), path);
  if (!isPlainObject(defaults)) return undefined;
  for (const [key, given] of Object.entries(input)) {
    if (given === undefined || given === null || key === "_unknownFields" || !(key in defaults)) continue;
    const expected = defaults[key];
    const name = describePath(path, key);
    if (Array.isArray(expected)) {
      if (!Array.isArray(given)) return `${name} must be a list`;
      // A repeated message field fills `[{}]` in with a default message; a repeated scalar keeps `{}`.
      const element = valueAt(fromPartial(partialAt([...path, key, 0])), [...path, key, 0]);
      if (!isPlainObject(element) || Object.keys(element).length === 0) continue;
      for (const item of given) {
        if (!isPlainObject(item)) return `${name} must hold objects (messages)`;
        const found = findMistypedField(item, fromPartial, [...path, key, 0]);
        if (found !== undefined) return found;
      }
    } else if (expected instanceof Uint8Array) {
      if (!(given instanceof Uint8Array)) return `${name} must be a Uint8Array`;
    } else if (
      typeof expected === "string" ||
      typeof expected === "number" ||
      typeof expected === "boolean"
    ) {
      if (typeof given !== typeof expected) return `${name} must be a ${typeof expected}`;
    } else if (expected === undefined || isPlainObject(expected)) {
      if (!isPlainObject(given)) return `${name} must be an object (a message)`;
      const found = findMistypedField(given, fromPartial, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}
