import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { sqliteDriverLoads } from "./support/sqlite.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(packageDir, "README.md"), "utf8");
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((match) => match[1]!)
  .filter((code) => code.includes("import "));

// Inside the package, so the examples' imports of the other @chatwire packages resolve as a user's would.
const cacheDir = join(packageDir, "node_modules", ".cache");
mkdirSync(cacheDir, { recursive: true });
const workDir = mkdtempSync(join(cacheDir, "readme-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The README imports this package by name; here that name points at its sources. */
function selfImportsToSources(code: string): string {
  const source = (path: string) => JSON.stringify(join(packageDir, "src", path));
  return code
    .replaceAll('"@chatwire/adapters/testing"', source("testing/index.ts"))
    .replaceAll('"@chatwire/adapters/sqlite"', source("sqlite/index.ts"))
    .replaceAll('"@chatwire/adapters/postgres"', source("postgres/index.ts"))
    .replaceAll('"@chatwire/adapters"', source("index.ts"));
}

function run(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", file],
      { cwd: packageDir, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("README examples", () => {
  it("has the converter, platform, relay, SQLite and PostgreSQL store examples", () => {
    expect(examples).toHaveLength(5);
  });

  const withSqlite = sqliteDriverLoads();
  examples.forEach((code, index) => {
    const needsSqlite = code.includes('"@chatwire/adapters/sqlite"');
    it.skipIf(needsSqlite && !withSqlite)(
      `example ${index + 1} runs to completion`,
      async () => {
        const file = join(workDir, `example-${index + 1}.mts`);
        writeFileSync(file, selfImportsToSources(code));
        const result = await run(file);
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        expect(result.stdout).not.toBe("");
      },
      40_000,
    );
  });
});
