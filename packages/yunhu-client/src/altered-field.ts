/**
 * Compares a message with what decoding its own encoding gives back and returns the path of the
 * first field that did not survive: a value of the wrong type that the encoder coerced (a number
 * in a string field), or a string the wire cannot carry (a lone surrogate). Undefined when equal.
 */
export function findAlteredField(intended: unknown, echoed: unknown, path = ""): string | undefined {
  if (Object.is(intended, echoed)) return undefined;
  const here = path || "(message)";
  if (typeof intended !== "object" || intended === null || typeof echoed !== "object" || echoed === null) {
    return here;
  }
  if (Array.isArray(intended) !== Array.isArray(echoed)) return here;
  if (Array.isArray(intended) && Array.isArray(echoed)) {
    if (intended.length !== echoed.length) return here;
    for (let i = 0; i < intended.length; i++) {
      const found = findAlteredField(intended[i], echoed[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const a = intended as Record<string, unknown>;
  const b = echoed as Record<string, unknown>;
  for (const key of Object.keys(a)) {
    if (key === "_unknownFields") continue;
    const found = findAlteredField(a[key], b[key], path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}
