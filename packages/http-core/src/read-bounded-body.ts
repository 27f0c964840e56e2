import { raceSignal } from "./deadline-scope.js";

/** Thrown by readBoundedBody when an answer is larger than allowed; the caller turns it into a typed error. */
export class BodyTooLarge extends Error {
  constructor(
    readonly limit: number,
    /** What the server declared in `content-length`, when that is how it was found out. */
    readonly declared?: number,
  ) {
    super(`answer is larger than ${limit} bytes`);
  }
}

/** `content-length` when it states the size of what the body stream will yield (no content-encoding). */
function declaredLength(headers: Headers): number | undefined {
  const encoding = headers.get("content-encoding");
  if (encoding !== null && encoding.trim().toLowerCase() !== "identity") return undefined;
  const value = headers.get("content-length");
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

/**
 * Reads a response body into one array, never holding more than `limit` bytes. The count is of
 * what the body stream yields, i.e. after fetch has undone any gzip/br/deflate, so a small
 * compressed answer cannot expand past the limit either. A `content-length` beyond the limit
 * fails before anything is read; otherwise the read stops and the stream is cancelled (which
 * closes the connection) at the first chunk past the limit. Stops with the signal's reason when
 * it fires.
 */
export async function readBoundedBody(
  response: Response,
  limit: number,
  signal: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  const declared = declaredLength(response.headers);
  if (declared !== undefined && declared > limit) {
    await body.cancel().catch(() => undefined);
    throw new BodyTooLarge(limit, declared);
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await raceSignal(reader.read(), signal);
      if (done) break;
      total += value.byteLength;
      if (total > limit) throw new BodyTooLarge(limit);
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  if (chunks.length === 1 && chunks[0]!.byteOffset === 0 && chunks[0]!.buffer.byteLength === total) {
    return chunks[0] as Uint8Array<ArrayBuffer>;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Discards a body without reading it (frees the connection), ignoring failures. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
