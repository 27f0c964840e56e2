// Builds canonical protobuf bytes field by field, independently of the codecs under test, so a
// test can place unknown fields exactly where a newer schema's encoder would put them.
import fc from "fast-check";

/** One top-level field's bytes (tag included) and its field number. */
export interface Segment {
  readonly fieldNo: number;
  readonly bytes: Uint8Array;
}

export function varint(value: bigint | number): number[] {
  let v = BigInt(value);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

const tag = (fieldNo: number, wireType: number) => varint(fieldNo * 8 + wireType);

/** Canonical order: ascending field number, keeping the order of equal numbers. */
export function canonicalBytes(segments: readonly Segment[]): Uint8Array {
  const sorted = [...segments].sort((a, b) => a.fieldNo - b.fieldNo);
  return new Uint8Array(sorted.flatMap((s) => [...s.bytes]));
}

/** Splits an encoding of `message` into one segment per set field, by encoding each field alone. */
export function fieldSegments<T extends object>(
  codec: { create(): T; encode(message: T): { finish(): Uint8Array } },
  message: T,
): Segment[] {
  const segments: Segment[] = [];
  for (const key of Object.keys(message) as (keyof T)[]) {
    if (key === "_unknownFields") continue;
    const bytes = codec.encode({ ...codec.create(), [key]: message[key] }).finish();
    if (bytes.length === 0) continue;
    let tagValue = 0;
    for (let i = 0, shift = 1; ; i++, shift *= 128) {
      const byte = bytes[i] as number;
      tagValue += (byte & 0x7f) * shift;
      if (byte < 0x80) break;
    }
    segments.push({ fieldNo: Math.floor(tagValue / 8), bytes });
  }
  return segments;
}

/**
 * An unknown field with one of `fieldNumbers`. The wire type follows from the number, so a number
 * always carries one wire type, as it does from a real encoder.
 */
export function unknownSegment(fieldNumbers: readonly number[]): fc.Arbitrary<Segment> {
  return fc.constantFrom(...fieldNumbers).chain((fieldNo): fc.Arbitrary<Segment> => {
    const seg = (payload: number[]) => ({ fieldNo, bytes: new Uint8Array(payload) });
    switch (fieldNo % 5) {
      case 0:
        return fc
          .bigInt({ min: 0n, max: 2n ** 64n - 1n })
          .map((v) => seg([...tag(fieldNo, 0), ...varint(v)]));
      case 1:
        return fc.uint8Array({ minLength: 8, maxLength: 8 }).map((b) => seg([...tag(fieldNo, 1), ...b]));
      case 2:
        return fc
          .uint8Array({ maxLength: 8 })
          .map((b) => seg([...tag(fieldNo, 2), ...varint(b.length), ...b]));
      case 3:
        return fc
          .bigInt({ min: 0n, max: 2n ** 64n - 1n })
          .map((v) => seg([...tag(fieldNo, 3), ...tag(1, 0), ...varint(v), ...tag(fieldNo, 4)]));
      default:
        return fc.uint8Array({ minLength: 4, maxLength: 4 }).map((b) => seg([...tag(fieldNo, 5), ...b]));
    }
  });
}

/** Field numbers IMMessage does not declare (gaps, numbers past the oneof, the largest legal). */
export const imMessageUnknownNumbers = [
  14,
  19,
  39,
  40,
  44,
  45,
  55,
  56,
  58,
  70,
  78,
  81,
  200,
  310,
  312,
  1000,
  2 ** 29 - 1,
];
