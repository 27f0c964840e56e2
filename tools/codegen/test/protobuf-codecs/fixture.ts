// Generates the shapes fixture (test/fixtures/shapes) once per test file, into a directory inside
// tools/codegen so the generated modules resolve @chatwire/protobuf-runtime, and imports it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildImage } from "../../src/buf.js";
import { protobufCodecsGenerator } from "../../src/generators/protobuf-codecs/generator.js";

export const fixtureRoot = fileURLToPath(new URL("../fixtures/shapes/", import.meta.url));
const codegenDir = fileURLToPath(new URL("../../", import.meta.url));

/** The generated files of the fixture, keyed by path relative to the output directory. */
export async function generateFixture(): Promise<Map<string, string>> {
  const generator = protobufCodecsGenerator({ name: "shapes fixture", specDir: "proto", outDir: "gen" });
  const files = await generator.run({ root: fixtureRoot });
  return new Map([...files].map(([path, content]) => [path.replace(/^gen\//, ""), content]));
}

/** Writes generated files to a fresh directory under tools/codegen/.tmp and returns it. */
export function writeFixture(files: ReadonlyMap<string, string>): string {
  mkdirSync(join(codegenDir, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(codegenDir, ".tmp", "shapes-"));
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function removeFixture(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The fixture's descriptors, for protobuf-es to encode the same messages independently. */
export function fixtureRegistry() {
  return buildImage(fixtureRoot, "proto").registry;
}
