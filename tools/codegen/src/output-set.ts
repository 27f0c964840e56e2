import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/**
 * Everything one generation run produces: file contents keyed by repo-relative path, plus the
 * directories the run owns entirely (files there that the run did not produce are stale).
 */
export interface OutputSet {
  readonly files: Map<string, string>;
  readonly ownedDirs: readonly string[];
}

export interface Drift {
  readonly path: string;
  readonly kind: "changed" | "missing" | "stale";
}

function listFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(root, path));
    else out.push(path);
  }
  return out;
}

/** Compares the committed tree with a fresh generation run. */
export function diffOutput(root: string, output: OutputSet): Drift[] {
  const drift: Drift[] = [];
  for (const [path, content] of output.files) {
    const abs = join(root, path);
    if (!existsSync(abs)) drift.push({ path, kind: "missing" });
    else if (readFileSync(abs, "utf8") !== content) drift.push({ path, kind: "changed" });
  }
  for (const dir of output.ownedDirs) {
    for (const path of listFiles(root, dir)) {
      if (!output.files.has(path)) drift.push({ path, kind: "stale" });
    }
  }
  return drift.sort((a, b) => a.path.localeCompare(b.path));
}

/** Writes the generated files, removes stale ones, and returns the paths that changed. */
export function applyOutput(root: string, output: OutputSet): string[] {
  const drift = diffOutput(root, output);
  for (const { path, kind } of drift) {
    const abs = join(root, path);
    if (kind === "stale") {
      rmSync(abs);
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, output.files.get(path) as string);
  }
  for (const dir of output.ownedDirs) removeEmptyDirs(join(root, dir));
  return drift.map((d) => relative(root, join(root, d.path)));
}

/** Drops directories left empty after stale files were removed. */
function removeEmptyDirs(dir: string): boolean {
  if (!existsSync(dir)) return true;
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !removeEmptyDirs(join(dir, entry.name))) empty = false;
  }
  if (empty) rmdirSync(dir);
  return empty;
}
