/**
 * Reads a `Retry-After` header: either delay-seconds or an HTTP-date. Returns milliseconds
 * to wait (0 for a date in the past) or undefined when the header is absent or malformed.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only the HTTP-date form has letters; plain Date.parse would also accept things like "2".
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
