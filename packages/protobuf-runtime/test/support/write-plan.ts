// Random sequences of writer calls, replayed on any writer: the property tests compare WireWriter
// and WireReader with @bufbuild/protobuf's BinaryWriter and BinaryReader over the same plan.
import { WireType } from "@bufbuild/protobuf/wire";
import fc from "fast-check";

export type Write =
  | { kind: "uint32" | "fixed32"; value: number }
  | { kind: "int32" | "sint32" | "sfixed32"; value: number }
  | { kind: "int64" | "sint64" | "sfixed64"; value: number }
  | { kind: "uint64" | "fixed64"; value: number }
  | { kind: "double" | "float"; value: number }
  | { kind: "bool"; value: boolean }
  | { kind: "string"; value: string }
  | { kind: "bytes"; value: Uint8Array }
  | { kind: "tag"; value: number }
  | { kind: "fork"; value: Write[] };

const int64 = fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
// Text mixing ASCII, two-, three- and four-byte characters and lone surrogates, on both sides of
// the length where the writer switches from its JavaScript loop to TextEncoder.
export const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ maxLength: 20_000 }),
);

const leaf: fc.Arbitrary<Write> = fc.oneof(
  fc.record({
    kind: fc.constantFrom("uint32" as const, "fixed32" as const),
    value: fc.nat({ max: 2 ** 32 - 1 }),
  }),
  fc.record({
    kind: fc.constantFrom("int32" as const, "sint32" as const, "sfixed32" as const),
    value: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  }),
  fc.record({
    kind: fc.constantFrom("int64" as const, "sint64" as const, "sfixed64" as const),
    value: int64,
  }),
  fc.record({ kind: fc.constantFrom("uint64" as const, "fixed64" as const), value: fc.maxSafeNat() }),
  fc.record({ kind: fc.constant("double" as const), value: fc.double() }),
  fc.record({ kind: fc.constant("float" as const), value: fc.float() }),
  fc.record({ kind: fc.constant("bool" as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant("string" as const), value: text }),
  fc.record({ kind: fc.constant("bytes" as const), value: fc.uint8Array({ maxLength: 300 }) }),
  fc.record({ kind: fc.constant("tag" as const), value: fc.integer({ min: 1, max: 2 ** 29 - 1 }) }),
);
const fork = (inner: fc.Arbitrary<Write>): fc.Arbitrary<Write> =>
  fc.record({ kind: fc.constant("fork" as const), value: fc.array(inner, { maxLength: 6 }) });
/** Writes, with length-delimited forks nested up to three deep. */
export const writes = fc.array(fc.oneof(leaf, fork(leaf), fork(fc.oneof(leaf, fork(leaf)))), {
  maxLength: 12,
});

export interface AnyWriter {
  fork(): AnyWriter;
  join(): AnyWriter;
  tag(fieldNo: number, wireType: number): AnyWriter;
  finish(): Uint8Array;
}

export function apply<W extends AnyWriter>(writer: W, list: readonly Write[]): W {
  for (const w of list) {
    if (w.kind === "fork") apply(writer.fork(), w.value).join();
    else if (w.kind === "tag") writer.tag(w.value, WireType.LengthDelimited);
    else (writer as unknown as Record<string, (value: unknown) => void>)[w.kind]?.(w.value);
  }
  return writer;
}
