const digitsOfUnsafeInteger = String(Number.MAX_SAFE_INTEGER).length;

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/**
 * True when `bytes` (UTF-8) hold 16 or more ASCII digits in a row, as every integer literal beyond
 * ±(2^53 − 1) does: when false, no JSON text in them needs the lossless parser. It looks at every
 * 16th byte and only around digits, so an answer without long numbers costs a fraction of a pass.
 */
export function mayHoldUnsafeInteger(bytes: Uint8Array): boolean {
  const run = digitsOfUnsafeInteger;
  // A run of `run` digits covers one of the probed offsets run - 1, 2 * run - 1, …
  for (let probe = run - 1; probe < bytes.length; probe += run) {
    if (!isDigit(bytes[probe])) continue;
    let start = probe;
    while (start > 0 && isDigit(bytes[start - 1])) start--;
    let end = probe + 1;
    while (end < bytes.length && isDigit(bytes[end])) end++;
    if (end - start >= run) return true;
    probe = end - 1; // the next probe lies beyond this run of digits, which is too short
  }
  return false;
}
