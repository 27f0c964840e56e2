import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const packageDir = join(import.meta.dirname, "..");
const readme = readFileSync(join(packageDir, "README.md"), "utf8");

describe("README quick start", () => {
  it("runs against the built package and prints what the README says", async () => {
    // The example imports the package by name, which resolves to dist/ (turbo builds before testing).
    expect(existsSync(join(packageDir, "dist/index.js")), "build the package first").toBe(true);
    const section = readme.slice(readme.indexOf("## Quick start"));
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    const printed = /prints\n\n```text\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toBeDefined();
    expect(printed).toBeDefined();
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", code!], {
      cwd: packageDir,
      timeout: 20_000,
    });
    expect(stdout).toBe(printed);
  });
});
