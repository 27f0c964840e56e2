/**
 * Node's `Buffer`, when the platform has one (browsers do not), for strings where Node's own UTF-8
 * routines are missing or fail their probe (native-utf8.ts). Its documented `toString` decodes
 * UTF-8, and its documented `write` encodes it, with less fixed cost per call than TextDecoder
 * and TextEncoder, which is most of the cost of the short strings protobuf messages are full of.
 * Only those two methods, `Buffer.isBuffer` and `Buffer.from(arrayBuffer)`, all documented, are
 * used here.
 */

/** A Buffer view over the whole of an ArrayBuffer. */
export interface TextBuffer {
  toString(encoding: undefined, start: number, end: number): string;
  write(text: string, offset: number): number;
}

interface BufferConstructorLike {
  from(buffer: ArrayBufferLike): TextBuffer;
  isBuffer(value: unknown): boolean;
}

const found = (globalThis as { Buffer?: unknown }).Buffer as BufferConstructorLike | undefined;

/** Node's Buffer constructor, or undefined where there is none. */
export const nodeBuffer: BufferConstructorLike | undefined =
  typeof found?.from === "function" ? found : undefined;

/** Whether `bytes` is a Node Buffer, which decodes its own strings. */
export function isNodeBuffer(bytes: Uint8Array): bytes is Uint8Array & TextBuffer {
  return nodeBuffer?.isBuffer(bytes) === true;
}

/**
 * The memory of the view made last and the view, kept while that memory is this small: making a
 * Buffer costs about as much as decoding a whole small message, and consecutive decodes often
 * read one ArrayBuffer (several frames of one network read, bytes decoded again). A larger
 * memory is never held on to.
 */
const KEPT_MEMORY_BYTES = 64 * 1024;
let lastMemory: ArrayBufferLike | undefined;
let lastView: TextBuffer | undefined;

/**
 * A Buffer over the whole of `memory` (no copy). Undefined without Node's Buffer, and for memory
 * that can grow or shrink, under which a fixed view would go stale.
 */
export function bufferOver(memory: ArrayBufferLike): TextBuffer | undefined {
  if (memory === lastMemory) return lastView;
  if (nodeBuffer === undefined) return undefined;
  const sizing = memory as { resizable?: boolean; growable?: boolean };
  if (sizing.resizable === true || sizing.growable === true) return undefined;
  const view = nodeBuffer.from(memory);
  if (memory.byteLength <= KEPT_MEMORY_BYTES) {
    lastMemory = memory;
    lastView = view;
  }
  return view;
}
