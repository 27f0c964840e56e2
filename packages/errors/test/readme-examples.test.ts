// Runs the README's ```ts blocks against the sources, so the documented examples keep working.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const dir = mkdtempSync(join(tmpdir(), "errors-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one block and returns what each `console.log` printed, with the `// comment` it documents. */
async function run(name: string, code: string): Promise<{ printed: string[]; documented: string[] }> {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, code.replaceAll('from "@chatwire/errors"', `from ${JSON.stringify(entry)}`));
  const printed: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((text: unknown) => void printed.push(String(text)));
  try {
    await import(file);
  } finally {
    log.mockRestore();
  }
  // The comment after each console.log, on its line or the next one.
  const documented = [...code.matchAll(/console\.log\(.*\);\s*\/\/ (.*)$/gm)].map((match) => match[1]!);
  return { printed, documented };
}

describe("README examples", () => {
  it("has two examples", () => {
    expect(blocks).toHaveLength(2);
  });

  it("each prints what its comment says", async () => {
    for (const [index, block] of blocks.entries()) {
      const { printed, documented } = await run(`block${index}`, block);
      expect(printed).toEqual(documented);
      expect(printed.length).toBeGreaterThan(0);
    }
  });
});
