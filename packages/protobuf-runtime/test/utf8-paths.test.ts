// Strings go through Node's own UTF-8 routines where they pass the load-time probe, else through
// Buffer's documented methods, and through TextDecoder / TextEncoder where there is no Buffer
// (browsers). Every path must give TextDecoder's strict answer on every input,
// including the invalid sequences a replacing decoder would quietly turn into U+FFFD.
import { BinaryWriter } from "@bufbuild/protobuf/wire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as withNative from "../src/index.js";
import { nativeUtf8Slice, nativeUtf8Write } from "../src/native-utf8.js";
import { nodeBuffer as bufferSeenWith } from "../src/node-buffer.js";
import { documentedBufferOnly, runtimeWithBuffer } from "./support/runtime-variants.js";
import { text } from "./support/write-plan.js";

type Runtime = typeof withNative;

const documented = await runtimeWithBuffer(documentedBufferOnly);
const withoutBuffer = await runtimeWithBuffer(undefined);

/** Long enough (over 12 bytes) that the short-ASCII path never takes it. */
const pad = [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e];

const invalid: Record<string, number[]> = {
  "a lone continuation byte": [0x80],
  "an overlong NUL": [0xc0, 0x80],
  "an overlong slash, three bytes": [0xe0, 0x80, 0xaf],
  "a UTF-16 surrogate": [0xed, 0xa0, 0x80],
  "a code point above U+10FFFF": [0xf4, 0x90, 0x80, 0x80],
  "a five-byte form": [0xf8, 0x88, 0x80, 0x80, 0x80],
  "a sequence cut short at the end": [0xe2, 0x82],
  "a sequence cut short by ASCII": [0xe2, 0x82, 0x41],
  "0xFF": [0xff],
};

const strict = (raw: Uint8Array) => {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    return "invalid";
  }
};

function readString(runtime: Runtime, raw: Uint8Array): string {
  const bytes = new BinaryWriter().bytes(raw).finish();
  try {
    return new runtime.WireReader(bytes).string();
  } catch (error) {
    if (runtime.isProtobufDecodeError(error) && error.reason === "invalid-utf8") return "invalid";
    throw error;
  }
}

it("finds Node's own UTF-8 routines on every Node it runs on, and Buffer without them", () => {
  // Node 20, 22 and 24 all pass the probe; a release that changed them would fail here first.
  const prototype = Buffer.prototype as unknown as { utf8Slice: unknown; utf8Write: unknown };
  expect(nativeUtf8Slice).toBe(prototype.utf8Slice);
  expect(nativeUtf8Write).toBe(prototype.utf8Write);
  expect(bufferSeenWith).toBe(Buffer);
  expect(documented.native.nativeUtf8Slice).toBeUndefined();
  expect(documented.native.nativeUtf8Write).toBeUndefined();
  expect(documented.nodeBuffer.nodeBuffer).toBe(documentedBufferOnly);
  expect(withoutBuffer.native.nativeUtf8Slice).toBeUndefined();
  expect(withoutBuffer.nodeBuffer.nodeBuffer).toBeUndefined();
});

describe.each([
  ["through Node's own UTF-8 routines", withNative],
  ["through Buffer's documented methods", documented.runtime],
  ["without Buffer, as in a browser", withoutBuffer.runtime],
])("strings %s", (_, runtime) => {
  it.each(Object.entries(invalid))("refuses %s, wherever it is in the string", (_, sequence) => {
    for (const raw of [
      [...pad, ...sequence],
      [...sequence, ...pad],
      [...pad, ...sequence, ...pad],
    ]) {
      expect(readString(runtime, new Uint8Array(raw))).toBe("invalid");
    }
  });

  it("keeps a U+FFFD and a U+FEFF that were written, and four-byte characters", () => {
    for (const value of [
      "replacement \uFFFD in the middle",
      "\uFEFFleading mark, long enough",
      "👋 x 🌍".repeat(9),
    ]) {
      const raw = new TextEncoder().encode(value);
      expect(readString(runtime, raw)).toBe(value);
    }
  });

  it("decodes any bytes as TextDecoder does in fatal mode", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 13, maxLength: 200 }), (raw) => {
        expect(readString(runtime, raw)).toBe(strict(raw));
      }),
      { numRuns: 1000 },
    );
    // Mostly valid text with one byte changed: the near misses random bytes rarely produce.
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 5, maxLength: 80 }),
        fc.nat(),
        fc.nat(255),
        (value, at, byte) => {
          const raw = new TextEncoder().encode(value);
          raw[at % raw.length] = byte;
          expect(readString(runtime, raw)).toBe(strict(raw));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("writes strings as BinaryWriter does and reads them back", () => {
    fc.assert(
      fc.property(text, (value) => {
        const bytes = new runtime.WireWriter().string(value).finish();
        expect(bytes).toEqual(new BinaryWriter().string(value).finish());
        // A lone surrogate was written as U+FFFD, as TextEncoder writes it.
        const wellFormed = new TextDecoder().decode(new TextEncoder().encode(value));
        expect(new runtime.WireReader(bytes).string()).toBe(wellFormed);
      }),
      { numRuns: 300 },
    );
  });
});
