#!/usr/bin/env node
// Packs every public package exactly as `pnpm publish` would, then checks each tarball with
// publint (package.json/exports correctness) and attw (types resolve for ESM consumers).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const packsDir = join(root, ".tmp", "packs");
rmSync(packsDir, { recursive: true, force: true });
mkdirSync(packsDir, { recursive: true });

const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: "inherit" });
const bin = (name) => join(root, "node_modules", ".bin", name);

const publicPackages = readdirSync(join(root, "packages"))
  .map((dir) => join(root, "packages", dir))
  .filter((dir) => !JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private);

let failed = 0;
for (const dir of publicPackages) {
  const before = new Set(readdirSync(packsDir));
  run("pnpm", ["pack", "--pack-destination", packsDir], dir);
  const tarball = readdirSync(packsDir).find((f) => !before.has(f));
  if (!tarball) throw new Error(`pnpm pack produced nothing for ${dir}`);
  const path = join(packsDir, tarball);
  console.log(`\n== ${tarball}`);
  try {
    run(bin("publint"), ["run", path, "--strict"]);
    run(bin("attw"), [path, "--profile", "esm-only", "--format", "table-flipped"]);
  } catch {
    failed++;
  }
}
console.log(`\n${publicPackages.length - failed} of ${publicPackages.length} packages pass publint and attw`);
process.exitCode = failed === 0 ? 0 : 1;
