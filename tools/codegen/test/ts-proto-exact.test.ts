// Runs ts-proto on a small proto covering shapes the OpenIM and Yunhu specs lack (repeated int64,
// packed and unpacked), applies the exact-codec post-pass, and executes the result.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { runTsProto } from "../src/buf.js";
import { tsProtoOptions } from "../src/generators/ts-proto.js";
import { exactCodecs } from "../src/generators/ts-proto-exact.js";

const proto = `syntax = "proto3";
package sample;
message Sample {
  int64 big = 1;
  repeated int64 packed = 2;
  repeated uint64 unpacked = 3 [packed = false];
  double ratio = 4;
  string name = 5;
  Sample child = 7;
}
`;

interface Sample {
  big: number;
  packed: number[];
  unpacked: number[];
  ratio: number;
  name: string;
  child: Sample | undefined;
  _unknownFields?: Record<number, Uint8Array[]>;
}
interface Codec {
  create(): Sample;
  encode(m: Sample): { finish(): Uint8Array };
  decode(b: Uint8Array): Sample;
  fromJSON(o: unknown): Sample;
}

let raw: string;
let codec: Codec;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), "chatwire-exact-"));
  mkdirSync(join(root, "proto"));
  writeFileSync(join(root, "proto", "sample.proto"), proto);
  const out = runTsProto(root, { input: "proto", options: tsProtoOptions });
  raw = readFileSync(join(out, "sample.ts"), "utf8");
  const js = ts.transpileModule(exactCodecs(raw, "sample.ts"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const wire = import.meta.resolve("@bufbuild/protobuf/wire");
  const file = join(root, "sample.mjs");
  writeFileSync(file, js.replaceAll('"@bufbuild/protobuf/wire"', JSON.stringify(wire)));
  codec = ((await import(pathToFileURL(file).href)) as { Sample: Codec }).Sample;
}, 60_000);

const sample = (fields: Partial<Sample>): Sample => ({ ...codec.create(), ...fields });

describe("exact-codec post-pass", () => {
  it("names repeated int64 fields in range errors, packed or not, at decode, encode and fromJSON", () => {
    const packed = new Uint8Array([0x12, 8, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]); // [2^53]
    expect(() => codec.decode(packed)).toThrow(/^Sample\.packed: 9007199254740992 /);
    const unpacked = new Uint8Array([0x18, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]);
    expect(() => codec.decode(unpacked)).toThrow(/^Sample\.unpacked: 9007199254740992 /);
    expect(() => codec.encode(sample({ packed: [1, 2 ** 53] }))).toThrow(/^Sample\.packed: /);
    expect(() => codec.encode(sample({ unpacked: [-1] }))).toThrow(
      /^Sample\.unpacked: -1 is not a non-negative/,
    );
    expect(() => codec.fromJSON({ packed: ["1", "9007199254740993"] })).toThrow(/^Sample\.packed: /);
    expect(codec.fromJSON({ packed: ["1", -2], big: "3" })).toMatchObject({ packed: [1, -2], big: 3 });
  });

  it("round-trips safe values and -0", () => {
    const value = sample({
      big: -(2 ** 53 - 1),
      packed: [0, 5],
      unpacked: [2 ** 53 - 1],
      ratio: -0,
      name: "é",
    });
    const decoded = codec.decode(codec.encode(value).finish());
    expect(decoded).toEqual({ ...value, _unknownFields: {} });
    expect(Object.is(decoded.ratio, -0)).toBe(true);
  });

  it("writes unknown fields back between the known ones", () => {
    // big (1), unknown 6 (varint 1), child (7, empty), unknown 9 (fixed32)
    const bytes = new Uint8Array([0x08, 1, 0x30, 1, 0x3a, 0, 0x4d, 1, 2, 3, 4]);
    expect(codec.encode(codec.decode(bytes)).finish()).toEqual(bytes);
  });

  it("fails generation when ts-proto's output no longer has an expected shape", () => {
    expect(() => exactCodecs(raw.replace("reader.skip(tag & 7)", "reader.skip(tag & 7, 0)"), "s.ts")).toThrow(
      /sample\.ts|s\.ts: ts-proto output no longer matches/,
    );
    expect(() => exactCodecs(raw.replaceAll("if (tag !== 8) {", "if (tag != 8) {"), "s.ts")).toThrow(
      /wire-type checks/,
    );
    expect(() =>
      exactCodecs(raw.replace("longToNumber(reader.int64())", "longToNumber(reader.int64( ))"), "s.ts"),
    ).toThrow(/no longer matches/);
  });

  it("leaves files without messages alone", () => {
    const enumsOnly = "export enum E {\n  A = 0,\n}\n";
    expect(exactCodecs(enumsOnly, "e.ts")).toBe(enumsOnly);
  });
});
