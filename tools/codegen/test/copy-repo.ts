import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findRepoRoot } from "../src/repo-root.js";
import { ownedDirs } from "../src/targets.js";

export const repoRoot = findRepoRoot(import.meta.dirname);

/** Copies what generation reads and writes (specs, buf.yaml, committed output) to a temp dir. */
export function copyRepoForGeneration(): string {
  const dir = mkdtempSync(join(tmpdir(), "chatwire-codegen-test-"));
  for (const path of ["proto", "openapi", "buf.yaml", "pnpm-workspace.yaml", ...ownedDirs]) {
    if (existsSync(join(repoRoot, path))) cpSync(join(repoRoot, path), join(dir, path), { recursive: true });
  }
  return dir;
}
