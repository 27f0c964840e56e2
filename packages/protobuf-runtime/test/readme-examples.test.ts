// Runs the README's ```ts blocks against the sources: every `console.log(...)` must print what its
// trailing comment says.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const dir = mkdtempSync(join(tmpdir(), "protobuf-runtime-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(index: number): Promise<string[]> {
  const file = join(dir, `block-${index}.ts`);
  writeFileSync(
    file,
    (blocks[index] as string).replaceAll(
      'from "@chatwire/protobuf-runtime"',
      `from ${JSON.stringify(entry)}`,
    ),
  );
  const lines: string[] = [];
  const log = vi
    .spyOn(console, "log")
    .mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  try {
    await import(file);
  } finally {
    log.mockRestore();
  }
  return lines;
}

/** The comment after each `console.log(...)` call, in order. */
const expectedLines = (code: string) =>
  [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);

describe("README examples", () => {
  it("has the writing, strictness and limits examples", () => {
    expect(blocks).toHaveLength(3);
  });

  for (const index of [0, 1, 2]) {
    it(`block ${index + 1} prints what its comments say`, async () => {
      const expected = expectedLines(blocks[index] as string);
      expect(expected.length).toBeGreaterThan(0);
      expect(await run(index)).toEqual(expected);
    });
  }
});
