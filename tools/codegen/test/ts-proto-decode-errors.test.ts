// Runs ts-proto on a small proto, applies the exact-codec, decode-error and fast-codec post-passes,
// writes the runtime next to the result and decodes malformed bytes: each failure is a
// ProtobufDecodeError whose path leads through the fields holding the failing message.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BinaryReader } from "@bufbuild/protobuf/wire";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { runTsProto } from "../src/buf.js";
import { tsProtoOptions } from "../src/generators/ts-proto.js";
import { decodeErrorPaths } from "../src/generators/ts-proto-decode-errors.js";
import { exactCodecs } from "../src/generators/ts-proto-exact.js";
import { fastCodecs, wireRuntimeSource } from "../src/generators/ts-proto-fast.js";

const proto = `syntax = "proto3";
package sample;
message Leaf {
  string name = 1;
  int64 big = 2;
}
message Branch {
  repeated Leaf leaves = 3;
  oneof body {
    Leaf single = 4;
    string note = 5;
  }
}
message Root {
  Branch branch = 2;
  SomewhatLongPayloadMessageNameForWrapping somewhatLongPayloadFieldNameForWrapping = 9;
}
message SomewhatLongPayloadMessageNameForWrapping {
  Leaf leaf = 1;
}
`;

interface Codec {
  decode(b: Uint8Array | BinaryReader, length?: number): unknown;
}
interface DecodeError extends Error {
  readonly path: string;
  readonly offset: number;
}

let afterExact: string;
let generated: string;
let Root: Codec;
let ProtobufDecodeError: new (...args: never[]) => DecodeError;

function toModule(code: string): string {
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return js
    .replaceAll('"@bufbuild/protobuf/wire"', JSON.stringify(import.meta.resolve("@bufbuild/protobuf/wire")))
    .replaceAll('"@bufbuild/protobuf"', JSON.stringify(import.meta.resolve("@bufbuild/protobuf")));
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), "chatwire-decode-errors-"));
  mkdirSync(join(root, "proto"));
  writeFileSync(join(root, "proto", "sample.proto"), proto);
  const out = runTsProto(root, { input: "proto", options: tsProtoOptions });
  afterExact = exactCodecs(readFileSync(join(out, "sample.ts"), "utf8"), "sample.ts");
  generated = fastCodecs(decodeErrorPaths(afterExact, "sample.ts"), "sample.ts");
  writeFileSync(join(root, "wire-runtime.js"), toModule(wireRuntimeSource()));
  writeFileSync(join(root, "sample.mjs"), toModule(generated));
  Root = ((await import(pathToFileURL(join(root, "sample.mjs")).href)) as { Root: Codec }).Root;
  ({ ProtobufDecodeError } = (await import(pathToFileURL(join(root, "wire-runtime.js")).href)) as {
    ProtobufDecodeError: typeof ProtobufDecodeError;
  });
}, 60_000);

const bytes = (...parts: (number | Uint8Array)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "number" ? [p] : [...p])));
/** A length-delimited field with a one-byte tag and length. */
const field = (fieldNo: number, payload: Uint8Array) => bytes(fieldNo * 8 + 2, payload.length, payload);
const leaf = (name: string) => field(1, new TextEncoder().encode(name));

function decodeError(input: Uint8Array): DecodeError {
  try {
    Root.decode(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ProtobufDecodeError);
    return error as DecodeError;
  }
  throw new Error("expected a throw");
}

describe("decode-error post-pass", () => {
  it("covers a nested decode call the formatter wrapped over several lines", () => {
    expect(afterExact).toMatch(/\.decode\(\n\s+reader,\n\s+reader\.uint32\(\),\n\s+\)/);
    expect(generated).toContain('9: "somewhatLongPayloadFieldNameForWrapping"');
    expect(generated).toContain('from "./wire-runtime.js"');
    expect(generated).toMatch(/import \{[^}]*\bwrapDecodeError\b[^}]*\} from "\.\/wire-runtime\.js"/);
  });

  it("names only the top-level message for a failure in its own fields", () => {
    // Root.branch's length prefix, cut short
    const error = decodeError(bytes(0x12, 0x80));
    expect(error.path).toBe("Root");
    expect(error.message).toBe("Root: premature EOF at byte 2 of 2");
    expect(error.offset).toBe(2);
    expect((error.cause as Error).message).toBe("premature EOF");
  });

  it("follows a repeated field, a oneof member and a wrapped call down to the failing message", () => {
    const cut = (b: Uint8Array) => b.subarray(0, b.length - 1);
    expect(decodeError(cut(field(2, field(3, leaf("abc"))))).path).toBe("Root.branch.leaves");
    expect(decodeError(cut(field(2, field(4, leaf("abc"))))).path).toBe("Root.branch.single");
    expect(decodeError(cut(field(9, field(1, leaf("abc"))))).path).toBe(
      "Root.somewhatLongPayloadFieldNameForWrapping.leaf",
    );
    const error = decodeError(cut(field(2, bytes(...field(3, leaf("ok")), ...field(4, leaf("abc"))))));
    expect(error.message).toMatch(/^Root\.branch\.single: premature EOF at byte \d+ of \d+$/);
  });

  it("puts the path in place of the message name the exact-codec checks start with", () => {
    // Leaf.name (1) sent as a varint
    const error = decodeError(field(2, field(3, bytes(0x08, 1))));
    expect(error.message).toBe(
      "Root.branch.leaves: field 1 has wire type 0, which its declared type cannot have at byte 5 of 6",
    );
    expect((error.cause as Error).message).toMatch(/^Leaf: field 1 has wire type 0/);
  });

  it("lets an int64 RangeError through unchanged", () => {
    const big = bytes(0x10, ...new Array(8).fill(0x80), 0x10); // Leaf.big = 2^60
    const input = field(2, field(3, big));
    expect(() => Root.decode(input)).toThrow(RangeError);
    expect(() => Root.decode(input)).toThrow(
      /^Leaf\.big: 1152921504606846976 is beyond ±\(2\^53-1\) and cannot be a number exactly$/,
    );
  });

  it("wraps failures met through a caller's own BinaryReader too", () => {
    expect(() => Root.decode(new BinaryReader(bytes(0x12, 0x80)))).toThrow(ProtobufDecodeError);
  });

  it("fails generation when a decode lacks the shape it rewrites", () => {
    const withoutFinally = afterExact.replace("    } finally {\n", "    } finally {  \n");
    expect(() => decodeErrorPaths(withoutFinally, "sample.ts")).toThrow(
      /sample\.ts: ts-proto output no longer matches the decode-error post-pass \(\w+: finally block/,
    );
  });
});
