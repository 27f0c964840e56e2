// Runs ts-proto on a small proto, applies the exact-codec and fast-codec post-passes, writes the
// runtime next to the result, and executes both: default encode/decode go through WireWriter and
// WireReader, a caller's own BinaryWriter/BinaryReader still works, and the bytes do not change.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BinaryReader, BinaryWriter } from "@bufbuild/protobuf/wire";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { runTsProto } from "../src/buf.js";
import { tsProtoOptions } from "../src/generators/ts-proto.js";
import { exactCodecs } from "../src/generators/ts-proto-exact.js";
import { fastCodecs, wireRuntimeSource } from "../src/generators/ts-proto-fast.js";

const proto = `syntax = "proto3";
package sample;
message Sample {
  int64 big = 1;
  repeated uint64 sizes = 2;
  string name = 5;
  Sample child = 7;
}
`;

interface Sample {
  big: number;
  sizes: number[];
  name: string;
  child: Sample | undefined;
}
interface Codec {
  create(): Sample;
  encode(m: Sample, w?: BinaryWriter): BinaryWriter;
  decode(b: Uint8Array | BinaryReader, length?: number): Sample;
}

let raw: string;
let codec: Codec;

function toModule(code: string): string {
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return js
    .replaceAll('"@bufbuild/protobuf/wire"', JSON.stringify(import.meta.resolve("@bufbuild/protobuf/wire")))
    .replaceAll('"@bufbuild/protobuf"', JSON.stringify(import.meta.resolve("@bufbuild/protobuf")));
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), "chatwire-fast-"));
  mkdirSync(join(root, "proto"));
  writeFileSync(join(root, "proto", "sample.proto"), proto);
  const out = runTsProto(root, { input: "proto", options: tsProtoOptions });
  raw = exactCodecs(readFileSync(join(out, "sample.ts"), "utf8"), "sample.ts");
  const code = fastCodecs(raw, "sample.ts");
  writeFileSync(join(root, "wire-runtime.js"), toModule(wireRuntimeSource()));
  writeFileSync(join(root, "sample.mjs"), toModule(code));
  codec = ((await import(pathToFileURL(join(root, "sample.mjs")).href)) as { Sample: Codec }).Sample;
}, 60_000);

const sample = (fields: Partial<Sample>): Sample => ({ ...codec.create(), ...fields });

describe("fast-codec post-pass", () => {
  it("imports the runtime and uses it by default only", () => {
    const code = fastCodecs(raw, "v1/sample.ts");
    expect(code).toContain('from "../wire-runtime.js"');
    expect(code).toContain("writer: BinaryWriter = new WireWriter()");
    expect(code).toContain("new WireReader(input)");
    expect(code).not.toContain("longToNumber");
  });

  it("gives the same bytes through the default writer and a caller's BinaryWriter", () => {
    const value = sample({
      big: -(2 ** 53 - 1),
      sizes: [0, 2 ** 53 - 1],
      name: "车站 👋",
      child: sample({ big: 3 }),
    });
    const own = codec.encode(value, new BinaryWriter()).finish();
    expect(codec.encode(value).finish()).toEqual(own);
    expect(codec.decode(own)).toMatchObject({
      big: -(2 ** 53 - 1),
      sizes: [0, 2 ** 53 - 1],
      name: "车站 👋",
    });
  });

  it("keeps two unfinished encodes apart", () => {
    const first = codec.encode(sample({ name: "first" }));
    const second = codec.encode(sample({ name: "second" }));
    expect(codec.decode(second.finish()).name).toBe("second");
    expect(codec.decode(first.finish()).name).toBe("first");
  });

  it("decodes from a caller's BinaryReader, int64 checks included", () => {
    const bytes = codec.encode(sample({ big: 7, sizes: [1] })).finish();
    expect(codec.decode(new BinaryReader(bytes))).toMatchObject({ big: 7, sizes: [1] });
    const tooBig = new BinaryWriter()
      .uint32(8)
      .int64(2n ** 60n)
      .finish();
    for (const input of [tooBig, new BinaryReader(tooBig)]) {
      expect(() => codec.decode(input)).toThrow(/^Sample\.big: 1152921504606846976 is beyond/);
    }
  });

  it("fails generation when ts-proto's output no longer has an expected shape", () => {
    expect(() => fastCodecs(raw.replace("new BinaryWriter()", "BinaryWriter.create()"), "s.ts")).toThrow(
      /s\.ts: ts-proto output no longer matches the fast-codec post-pass/,
    );
    expect(() =>
      fastCodecs(raw.replace("longToNumber(reader.int64(), ", "longToNumber(reader.int64( ), "), "s.ts"),
    ).toThrow(/int64 read/);
  });

  it("leaves files without messages alone", () => {
    const enumsOnly = "export enum E {\n  A = 0,\n}\n";
    expect(fastCodecs(enumsOnly, "e.ts")).toBe(enumsOnly);
  });
});
