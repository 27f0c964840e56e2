/**
 * Serialises like `JSON.stringify`, writing `bigint` values as exact JSON numbers. `JSON.stringify`
 * refuses a bigint, and with the `BigInt.prototype.toJSON` some applications install it would
 * write one as a string; here a bigint is always the number. Throws a TypeError for a value with no
 * JSON form (`undefined`, a function) and, as `JSON.stringify` does, for a circular structure.
 */
export function stringifyJson(value: unknown): string {
  const text = write(value, "", new Set());
  if (text === undefined) throw new TypeError(`cannot serialise ${typeof value} as JSON`);
  return text;
}

/**
 * One value as `JSON.stringify` writes it under `key` (which its `toJSON` receives), or undefined.
 * `open` holds the objects being written around it, to refuse a cycle instead of recursing forever.
 */
function write(given: unknown, key: string, open: Set<object>): string | undefined {
  let value = given;
  if (typeof value === "object" && value !== null) {
    const { toJSON } = value as { toJSON?: unknown };
    if (typeof toJSON === "function") value = toJSON.call(value, key);
  }
  if (
    value instanceof Number ||
    value instanceof String ||
    value instanceof Boolean ||
    value instanceof BigInt
  ) {
    value = value.valueOf();
  }
  if (typeof value === "bigint") return String(value);
  // Strings, numbers, booleans and null; undefined for what has no JSON form.
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  if (open.has(value)) throw new TypeError("cannot serialise a circular structure as JSON");
  open.add(value);
  let text: string;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let index = 0; index < value.length; index++)
      items.push(write(value[index], String(index), open) ?? "null");
    text = `[${items.join(",")}]`;
  } else {
    const fields: string[] = [];
    for (const field of Object.keys(value)) {
      const item = write((value as Record<string, unknown>)[field], field, open);
      if (item !== undefined) fields.push(`${JSON.stringify(field)}:${item}`);
    }
    text = `{${fields.join(",")}}`;
  }
  open.delete(value);
  return text;
}
