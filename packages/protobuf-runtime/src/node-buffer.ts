/**
 * Node's `Buffer`, when the platform has one (browsers do not). Its documented `toString` decodes
 * UTF-8 with less fixed cost per call than TextDecoder, which is most of the cost of the short
 * strings protobuf messages are full of. Only that method and the documented
 * `Buffer.from(arrayBuffer, byteOffset, length)` are used.
 */

/** A Buffer view over the same memory as a Uint8Array. */
export interface TextBuffer {
  toString(encoding: "utf8", start: number, end: number): string;
}

interface BufferConstructorLike {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): TextBuffer;
}

const found = (globalThis as { Buffer?: unknown }).Buffer as BufferConstructorLike | undefined;

/** Node's Buffer constructor, or undefined where there is none. */
export const nodeBuffer: BufferConstructorLike | undefined =
  typeof found?.from === "function" ? found : undefined;

/** A Buffer over `bytes`'s memory (no copy), or undefined without Node's Buffer. */
export function textBufferOver(bytes: Uint8Array): TextBuffer | undefined {
  return nodeBuffer?.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
