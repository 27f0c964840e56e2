/**
 * Memory the writers share, so that encoding a small message allocates nothing.
 *
 * Results up to half a slab live in a shared 8 KiB slab, as protobufjs and Node's Buffer pool do:
 * a fresh ArrayBuffer over 64 bytes costs V8 about a microsecond, more than a whole small encode.
 * Each result is its own range of the slab. A writer claims the whole free tail of the slab when
 * it starts and gives back what it did not use when it finishes; another writer started
 * meanwhile finds no tail and starts a new slab, so two writers never share bytes, and a writer
 * that is never finished wastes one tail, nothing more.
 *
 * A message too large for the slab grows in one spare buffer kept between encodes (up to
 * 64 KiB, so one huge message does not pin its memory) and is copied out once.
 */
import { bufferOver, type TextBuffer } from "./node-buffer.js";

const SLAB_SIZE = 8 * 1024;
/** A tail shorter than this is not worth starting in: a new slab is cheaper than moving out. */
const SMALLEST_TAIL = 512;
const INITIAL_SIZE = 1024;
const LARGEST_SPARE = 64 * 1024;

let slab: Uint8Array<ArrayBuffer> = new Uint8Array(0);
let slabUsed = 0;
/** A Buffer over the slab for writing strings, made at the first one (null without Buffer). */
let slabText: TextBuffer | null | undefined;
let spare: Uint8Array<ArrayBuffer> | undefined;

/** Keeps each result 8-byte aligned, so a caller's Float64Array view over it stays possible. */
const aligned = (offset: number) => (offset + 7) & ~7;

/** The slab writers currently start in. */
export function slabNow(): Uint8Array<ArrayBuffer> {
  return slab;
}

/**
 * A Buffer over the memory of `buffer`, one the writers got from here, for writing strings; null
 * without Node's Buffer. The slab's is kept beside it: one lookup per slab, not per encode.
 */
export function textBufferOf(buffer: Uint8Array<ArrayBuffer>): TextBuffer | null {
  if (buffer !== slab) return bufferOver(buffer.buffer) ?? null;
  if (slabText === undefined) slabText = bufferOver(slab.buffer) ?? null;
  return slabText;
}

/** Claims the free tail of the slab (a new slab when it is too short) and returns where it starts. */
export function claimSlabTail(): number {
  if (slab.length - slabUsed < SMALLEST_TAIL) {
    slab = new Uint8Array(SLAB_SIZE);
    slabUsed = 0;
    slabText = undefined;
  }
  const start = slabUsed;
  slabUsed = slab.length;
  return start;
}

/**
 * Gives back the part of a claimed tail from `usedUpTo` on, unless another writer has moved on
 * to a new slab since (then the old slab's tail is simply left unused).
 */
export function releaseSlabTail(buffer: Uint8Array, usedUpTo: number): void {
  if (buffer === slab) slabUsed = aligned(usedUpTo);
}

/** A buffer of at least `required` bytes: the spare one when it is large enough, else a new one. */
export function lendBuffer(required: number): Uint8Array<ArrayBuffer> {
  const buffer = spare;
  if (buffer !== undefined && buffer.length >= required) {
    spare = undefined;
    return buffer;
  }
  let size = INITIAL_SIZE;
  while (size < required) size *= 2;
  return new Uint8Array(size);
}

/** Keeps a lent buffer as the spare when it is the largest one small enough to keep. */
export function returnBuffer(buffer: Uint8Array<ArrayBuffer>): void {
  if (buffer.length <= LARGEST_SPARE && (spare === undefined || spare.length < buffer.length)) {
    spare = buffer;
  }
}

/** The first `length` bytes of `source` as a result: in the slab when small, else a copy of its own. */
export function copyOut(source: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  if (length > SLAB_SIZE >>> 1) return source.slice(0, length) as Uint8Array<ArrayBuffer>;
  if (slabUsed + length > slab.length) {
    slab = new Uint8Array(SLAB_SIZE);
    slabUsed = 0;
    slabText = undefined;
  }
  const bytes = slab.subarray(slabUsed, slabUsed + length);
  bytes.set(source.subarray(0, length));
  slabUsed = aligned(slabUsed + length);
  return bytes;
}
