import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { makeTempDir } from "../../buf.js";

const require = createRequire(import.meta.url);

/**
 * The layout generated code is formatted with: the repository's own settings, pinned here so the
 * output does not depend on where generation runs.
 */
const biomeConfig = {
  formatter: { enabled: true, indentStyle: "space", indentWidth: 2, lineWidth: 110 },
  javascript: { formatter: { quoteStyle: "double", trailingCommas: "all" } },
  linter: { enabled: false },
  assist: { enabled: false },
};

/** Formats TypeScript sources (keyed by relative path) with Biome, in one process for all of them. */
export function formatTypeScript(sources: ReadonlyMap<string, string>): Map<string, string> {
  const dir = makeTempDir("format");
  try {
    writeFileSync(join(dir, "biome.json"), JSON.stringify(biomeConfig));
    for (const [path, content] of sources) {
      mkdirSync(dirname(join(dir, "src", path)), { recursive: true });
      writeFileSync(join(dir, "src", path), content);
    }
    const biome = require.resolve("@biomejs/biome/bin/biome");
    execFileSync(process.execPath, [biome, "format", "--write", "src"], {
      cwd: dir,
      stdio: ["ignore", "ignore", "pipe"],
    });
    return new Map([...sources.keys()].map((path) => [path, readFileSync(join(dir, "src", path), "utf8")]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
