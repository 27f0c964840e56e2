// Node's own UTF-8 routines are used only after they pass a probe at load; anything that differs
// from TextDecoder / TextEncoder on it leaves the reader and writer on documented APIs.
import { describe, expect, it } from "vitest";
import { type Utf8Slice, type Utf8Write, verifiedUtf8Slice, verifiedUtf8Write } from "../src/native-utf8.js";

const realSlice = (Buffer.prototype as unknown as { utf8Slice: Utf8Slice }).utf8Slice;
const realWrite = (Buffer.prototype as unknown as { utf8Write: Utf8Write }).utf8Write;

describe("verifiedUtf8Slice", () => {
  it("takes Node's utf8Slice", () => {
    expect(verifiedUtf8Slice(realSlice)).toBe(realSlice);
  });

  it.each<[string, unknown]>([
    ["nothing", undefined],
    ["a value that is not a function", "utf8Slice"],
    [
      "a function that throws",
      () => {
        throw new TypeError("argument must be a buffer");
      },
    ],
    [
      "one that ignores the start",
      function (this: Uint8Array, _start: number, end: number) {
        return realSlice.call(this, 0, end);
      },
    ],
    [
      "one that drops invalid bytes instead of writing U+FFFD",
      function (this: Uint8Array, start: number, end: number) {
        return realSlice.call(this, start, end).replaceAll("\uFFFD", "");
      },
    ],
    [
      "one that reads bytes as Latin-1",
      function (this: Uint8Array, start: number, end: number) {
        return String.fromCharCode(...this.subarray(start, end));
      },
    ],
  ])("refuses %s", (_, candidate) => {
    expect(verifiedUtf8Slice(candidate)).toBeUndefined();
  });
});

describe("verifiedUtf8Write", () => {
  it("takes Node's utf8Write", () => {
    expect(verifiedUtf8Write(realWrite)).toBe(realWrite);
  });

  it.each<[string, unknown]>([
    ["nothing", undefined],
    [
      "a function that throws",
      () => {
        throw new TypeError("argument must be a buffer");
      },
    ],
    [
      "one that ignores the offset",
      function (this: Uint8Array, text: string, _offset: number, length: number) {
        return realWrite.call(this, text, 0, length);
      },
    ],
    [
      "one that writes a byte past its text",
      function (this: Uint8Array, text: string, offset: number, length: number) {
        const written = realWrite.call(this, text, offset, length);
        this[offset + written] = 0;
        return written;
      },
    ],
    [
      "one that miscounts",
      function (this: Uint8Array, text: string, offset: number, length: number) {
        return realWrite.call(this, text, offset, length) - 1;
      },
    ],
    [
      "one that writes a lone surrogate as three bytes of its own (CESU-8)",
      function (this: Uint8Array, text: string, offset: number) {
        let at = offset;
        for (const unit of text) {
          const code = unit.charCodeAt(0);
          if (code === 0xd800) {
            this.set([0xed, 0xa0, 0x80], at);
            at += 3;
          } else {
            at += realWrite.call(this, unit, at, 4);
          }
        }
        return at - offset;
      },
    ],
  ])("refuses %s", (_, candidate) => {
    expect(verifiedUtf8Write(candidate)).toBeUndefined();
  });
});
