/** SHA-256 of a text, as bytes; WebCrypto, so it runs in browsers and Node alike. */
async function sha256(text: string): Promise<Uint8Array> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return new Uint8Array(digest);
}

/** A 32-hex-digit message ID derived from an idempotency key: the same key always gives the same ID. */
export async function messageIdFromKey(key: string): Promise<string> {
  const bytes = await sha256(key);
  return Array.from(bytes.subarray(0, 16), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A positive 63-bit integer derived from an idempotency key, `number` when below 2^53. */
export async function int64FromKey(key: string): Promise<number | bigint> {
  const bytes = await sha256(key);
  let value = 0n;
  for (const byte of bytes.subarray(0, 8)) value = (value << 8n) | BigInt(byte);
  value &= 0x7fffffffffffffffn;
  if (value === 0n) value = 1n;
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/** A fresh random 32-hex-digit ID. */
export function randomMessageId(): string {
  return globalThis.crypto.randomUUID().replaceAll("-", "");
}
