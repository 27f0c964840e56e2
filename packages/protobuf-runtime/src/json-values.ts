/**
 * Conversions the generated `fromJSON`/`toJSON` share. They follow the shapes the codecs have
 * always had: int64 as a JSON number, bytes as base64, float specials as strings.
 */

/** True for a JSON value that is present (neither undefined nor null). */
export function isSet(value: unknown): boolean {
  return value !== null && value !== undefined;
}

/** NaN and ±Infinity as proto3 JSON writes them, as strings; other numbers as they are. */
export function floatToJson(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const sextets = new Map<string, number>([...alphabet].map((char, index) => [char, index]));
sextets.set("-", 62).set("_", 63);

/** Bytes as standard base64 with padding, as proto3 JSON writes them. */
export function base64FromBytes(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += `${alphabet[n >> 18]}${alphabet[(n >> 12) & 63]}${alphabet[(n >> 6) & 63]}${alphabet[n & 63]}`;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
    const third = rest === 2 ? alphabet[(n >> 6) & 63] : "=";
    out += `${alphabet[n >> 18]}${alphabet[(n >> 12) & 63]}${third}=`;
  }
  return out;
}

/**
 * Base64 (standard or URL-safe, padding optional, as proto3 JSON accepts) as bytes; anything
 * else is a TypeError naming the field, never silently skipped characters.
 */
export function bytesFromBase64(value: unknown, field: string): Uint8Array {
  const text = typeof value === "string" ? value.replace(/={1,2}$/, "") : undefined;
  if (text === undefined || text.length % 4 === 1) throw notBase64(field, value);
  const out = new Uint8Array((text.length * 3) >> 2);
  let bits = 0;
  let held = 0;
  let at = 0;
  for (const char of text) {
    const sextet = sextets.get(char);
    if (sextet === undefined) throw notBase64(field, value);
    bits = (bits << 6) | sextet;
    held += 6;
    if (held >= 8) {
      held -= 8;
      out[at++] = (bits >> held) & 0xff;
    }
  }
  return out;
}

function notBase64(field: string, value: unknown): TypeError {
  return new TypeError(
    `${field}: ${typeof value === "string" ? "a string that is not" : `a ${typeof value}, not`} base64`,
  );
}
