import { joinPath } from "./field-path.js";

/**
 * Compares a message with what decoding its own encoding gives back and returns the path of the
 * first field that did not survive: a value of the wrong type that the encoder coerced (a number
 * in a string field), or a string the wire cannot carry (a lone surrogate). Undefined when equal.
 */
export function findAlteredField(intended: unknown, echoed: unknown): string | undefined {
  const found = alteredPath(intended, echoed);
  return found === "" ? "(message)" : found;
}

/** Relative path of the first difference ("" for the value itself); built only once one is found. */
function alteredPath(intended: unknown, echoed: unknown): string | undefined {
  if (intended === echoed) return undefined;
  if (typeof intended !== "object" || intended === null || typeof echoed !== "object" || echoed === null)
    return "";
  if (Array.isArray(intended)) {
    if (!Array.isArray(echoed) || intended.length !== echoed.length) return "";
    for (let i = 0; i < intended.length; i++) {
      const found = alteredPath(intended[i], echoed[i]);
      if (found !== undefined) return joinPath(`[${i}]`, found);
    }
    return undefined;
  }
  if (Array.isArray(echoed)) return "";
  const a = intended as Record<string, unknown>;
  const b = echoed as Record<string, unknown>;
  for (const key in a) {
    if (key === "_unknownFields") continue;
    const found = alteredPath(a[key], b[key]);
    if (found !== undefined) return joinPath(key, found);
  }
  return undefined;
}
