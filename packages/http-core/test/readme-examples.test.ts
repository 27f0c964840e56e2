// Runs the README's ```ts blocks against the sources, so the documented examples keep working.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const errorsEntry = createRequire(import.meta.url).resolve("@chatwire/errors");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const dir = mkdtempSync(join(tmpdir(), "http-core-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one module and returns the arguments of every `console.log` call it made. */
async function run(name: string, code: string): Promise<unknown[][]> {
  const file = join(dir, `${name}.ts`);
  writeFileSync(
    file,
    code
      .replaceAll('from "@chatwire/http-core"', `from ${JSON.stringify(entry)}`)
      .replaceAll('from "@chatwire/errors"', `from ${JSON.stringify(errorsEntry)}`),
  );
  const calls: unknown[][] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void calls.push(args));
  try {
    await import(file);
  } finally {
    log.mockRestore();
  }
  return calls;
}

/** The value a `// comment` after an expression statement says it evaluates to. */
function commentedResults(code: string): { expression: string; expected: string }[] {
  return [...code.matchAll(/^(\w+\(.*\)); \/\/ (.*)$/gm)].map(([, expression, expected]) => ({
    expression: expression!,
    expected: expected!,
  }));
}

describe("README examples", () => {
  it("has the transport and JSON examples", () => {
    expect(blocks).toHaveLength(2);
  });

  it("the transport example retries once, logs the redacted retry and keeps the int64 exact", async () => {
    const calls = await run("transport", blocks[0]!);
    expect(calls).toEqual([["retry after GET /items: HTTP 503"], [9007199254740993n, 2]]);
  }, 30_000);

  it("the JSON example's calls return what their comments say", async () => {
    const results = commentedResults(blocks[1]!);
    expect(results).toHaveLength(3);
    const printing = results.map(({ expression }) => `console.log(${expression});`).join("\n");
    const calls = await run("json", `${blocks[1]}\n${printing}\n`);
    expect(calls).toEqual(results.map(({ expected }) => [new Function(`return (${expected})`)()]));
  });
});
