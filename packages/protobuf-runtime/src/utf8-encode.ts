/**
 * UTF-8 encoding for the writer. Short strings go through a JavaScript loop, which beats the
 * fixed cost of a native call; longer ones through Node's `Buffer#write` where there is one (see
 * node-buffer.ts), else the standard `TextEncoder.encodeInto`.
 */

/**
 * Writes `text` as UTF-8 into `out` at `at` and returns the end. A lone surrogate becomes
 * U+FFFD, as TextEncoder writes it. `out` must have room for three bytes per unit.
 */
export function writeUtf8(text: string, out: Uint8Array, at: number): number {
  const units = text.length;
  // ASCII first, in a loop with one branch per unit: most protobuf strings are IDs and URLs.
  let ascii = 0;
  for (; ascii < units; ascii++) {
    const code = text.charCodeAt(ascii);
    if (code >= 0x80) break;
    out[at + ascii] = code;
  }
  if (ascii === units) return at + units;
  return writeUtf8From(text, ascii, out, at + ascii);
}

/** Writes `text` from unit `from` on as UTF-8 into `out` at `at` and returns the end. */
function writeUtf8From(text: string, from: number, out: Uint8Array, at: number): number {
  const units = text.length;
  for (let i = from; i < units; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      out[at++] = code;
    } else if (code < 0x800) {
      out[at++] = 0xc0 | (code >> 6);
      out[at++] = 0x80 | (code & 0x3f);
    } else {
      if (code >= 0xd800 && code < 0xe000) {
        const next = i + 1 < units ? text.charCodeAt(i + 1) : 0;
        if (code < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i++;
          out[at++] = 0xf0 | (code >> 18);
          out[at++] = 0x80 | ((code >> 12) & 0x3f);
          out[at++] = 0x80 | ((code >> 6) & 0x3f);
          out[at++] = 0x80 | (code & 0x3f);
          continue;
        }
        code = 0xfffd;
      }
      out[at++] = 0xe0 | (code >> 12);
      out[at++] = 0x80 | ((code >> 6) & 0x3f);
      out[at++] = 0x80 | (code & 0x3f);
    }
  }
  return at;
}

let encoder: TextEncoder | undefined;

/** Encodes `text` into `out` from `at` with TextEncoder and returns the number of bytes written. */
export function encodeUtf8Into(text: string, out: Uint8Array, at: number): number {
  encoder ??= new TextEncoder();
  return encoder.encodeInto(text, out.subarray(at)).written;
}
