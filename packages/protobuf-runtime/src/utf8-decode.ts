/**
 * Strict UTF-8 decoding for the reader: proto3 strings must be valid UTF-8, and a lossy U+FFFD
 * would change the bytes on re-encoding. Short ASCII is decoded in JavaScript, which costs a
 * fraction of a native call; the rest goes through Node's Buffer where there is one (checked,
 * see WireReader.string), else through the standard TextDecoder in fatal mode.
 */

/**
 * Up to this many bytes, ASCII is decoded in JavaScript; the result is still a flat string (V8
 * only builds a rope from 13 characters on).
 */
export const SHORT_ASCII_BYTES = 12;

/** ASCII bytes as a string, or undefined when one of them is not ASCII. */
export function shortAscii(data: Uint8Array, start: number, end: number): string | undefined {
  let text = "";
  let at = start;
  if (end - at >= 8) {
    const b0 = data[at] as number;
    const b1 = data[at + 1] as number;
    const b2 = data[at + 2] as number;
    const b3 = data[at + 3] as number;
    const b4 = data[at + 4] as number;
    const b5 = data[at + 5] as number;
    const b6 = data[at + 6] as number;
    const b7 = data[at + 7] as number;
    if ((b0 | b1 | b2 | b3 | b4 | b5 | b6 | b7) > 0x7f) return undefined;
    text = String.fromCharCode(b0, b1, b2, b3, b4, b5, b6, b7);
    at += 8;
  }
  for (; at < end; at++) {
    const byte = data[at] as number;
    if (byte > 0x7f) return undefined;
    text += String.fromCharCode(byte);
  }
  return text;
}

let decoder: TextDecoder | undefined;

/**
 * Decodes `data[start, end)`; throws the TextDecoder's TypeError for invalid UTF-8. A leading
 * U+FEFF in a protobuf string is text, not a byte-order mark, so it is kept.
 */
export function decodeUtf8Strict(data: Uint8Array, start: number, end: number): string {
  decoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  return decoder.decode(data.subarray(start, end));
}
