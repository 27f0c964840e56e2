// What the generator refuses, with a message naming the element, instead of emitting a codec
// that would quietly drop data.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { protobufCodecsGenerator } from "../../src/generators/protobuf-codecs/generator.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Generates one proto file in a module of its own and returns the generator's error, if any. */
async function generationError(source: string): Promise<string | undefined> {
  const root = mkdtempSync(join(tmpdir(), "chatwire-unsupported-"));
  dirs.push(root);
  mkdirSync(join(root, "proto"));
  writeFileSync(join(root, "buf.yaml"), "version: v2\nmodules:\n  - path: proto\n");
  writeFileSync(join(root, "proto", "case.proto"), source);
  try {
    await protobufCodecsGenerator({ name: "case", specDir: "proto", outDir: "gen" }).run({ root });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const proto3 = (body: string) => `syntax = "proto3";\npackage t;\n${body}\n`;

describe("unsupported shapes", () => {
  it("map fields", async () => {
    expect(await generationError(proto3("message M { map<string, int32> counts = 1; }"))).toMatch(
      /case\.proto: t\.M\.counts is a map field, which this generator does not support yet/,
    );
  });

  it("proto2 files", async () => {
    expect(
      await generationError('syntax = "proto2";\npackage t;\nmessage M { optional int32 a = 1; }\n'),
    ).toMatch(/case\.proto: only proto3 files are supported \(this one is proto2\)/);
  });

  it("two declarations that become the same TypeScript name", async () => {
    expect(await generationError(proto3("message a_b {}\nmessage aB {}"))).toMatch(
      /t\.aB and t\.a_b both become aB in TypeScript/,
    );
  });

  it("an enum value named UNRECOGNIZED with another number than -1", async () => {
    expect(await generationError(proto3("enum E { A = 0; UNRECOGNIZED = 3; }"))).toMatch(
      /t\.E\.UNRECOGNIZED must be -1/,
    );
  });

  it("generates the same shapes without complaint otherwise", async () => {
    expect(
      await generationError(proto3("message M { optional int32 a = 1; oneof o { string b = 2; } }")),
    ).toBeUndefined();
  });
});
