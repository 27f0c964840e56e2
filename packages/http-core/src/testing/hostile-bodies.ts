import type { ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants, createBrotliCompress, createGzip } from "node:zlib";

const chunkBytes = 64 * 1024;

/**
 * `totalBytes` of zeros as a stream, made as they are read: a gigabyte costs no memory until a
 * client actually reads it.
 */
export function zeroStream(totalBytes: number): Readable {
  const chunk = Buffer.alloc(chunkBytes);
  let left = totalBytes;
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(null);
        return;
      }
      const size = Math.min(left, chunkBytes);
      left -= size;
      this.push(size === chunkBytes ? chunk : chunk.subarray(0, size));
    },
  });
}

/**
 * Answers 200 with `totalBytes` of zeros, streamed at the pace the client reads. The promise
 * settles when the client has read everything or hung up. `headers` go out as given (so a test
 * can declare a `content-length`, or leave it out for a chunked answer).
 */
export async function sendEndlessBody(
  response: ServerResponse,
  totalBytes: number,
  headers: Record<string, string> = {},
): Promise<void> {
  response.writeHead(200, headers);
  await pipeline(zeroStream(totalBytes), response).catch(() => undefined);
}

/**
 * A compression bomb: answers 200 with `content-encoding: gzip` (or `br`) whose body inflates to
 * `inflatedBytes` of zeros: about 1000:1 with gzip (1 GiB from about 1 MB), far more with br. The
 * compressed stream is produced while the client reads, so the server never holds it either.
 */
export async function sendCompressionBomb(
  response: ServerResponse,
  inflatedBytes: number,
  encoding: "gzip" | "br" = "gzip",
  headers: Record<string, string> = {},
): Promise<void> {
  response.writeHead(200, { ...headers, "content-encoding": encoding });
  // Brotli's default quality makes the server the bottleneck; quality 5 still packs zeros far tighter.
  const compress =
    encoding === "gzip"
      ? createGzip({ level: 9 })
      : createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  await pipeline(zeroStream(inflatedBytes), compress, response).catch(() => undefined);
}

/**
 * Answers 200 and then writes `chunk` every `everyMs` milliseconds, `times` times: an answer
 * that keeps the connection busy long past any reasonable deadline without ever finishing fast.
 */
export async function sendTrickle(
  response: ServerResponse,
  options: { chunk: Uint8Array | string; everyMs: number; times: number; headers?: Record<string, string> },
): Promise<void> {
  response.writeHead(200, options.headers ?? {});
  for (let i = 0; i < options.times && !response.destroyed; i++) {
    await new Promise((resolve) => setTimeout(resolve, options.everyMs));
    if (response.destroyed) break;
    response.write(options.chunk);
  }
  response.end();
}

/** A JSON text of arrays nested `depth` deep: `[[[...]]]`. */
export function deeplyNestedJson(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}
