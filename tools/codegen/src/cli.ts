import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateAll } from "./generate-all.js";
import { importMaxim, maximServerSpec } from "./maxim/import-maxim.js";
import { applyOutput, diffOutput } from "./output-set.js";
import { findRepoRoot } from "./repo-root.js";

const usage = [
  "usage: chatwire-codegen generate [--check] [--root DIR]",
  "       chatwire-codegen import maxim <api-docs.json> [--check] [--root DIR]",
].join("\n");

/** Entry point; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "import") return importCommand(rest);
  if (command !== "generate") {
    console.error(usage);
    return 2;
  }
  let check = false;
  let root: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--check") check = true;
    else if (arg === "--root") root = rest[++i];
    else {
      console.error(`unknown argument ${arg}\n${usage}`);
      return 2;
    }
  }
  const repoRoot = root ? resolve(root) : findRepoRoot(process.cwd());
  const output = await generateAll(repoRoot);
  if (check) {
    const drift = diffOutput(repoRoot, output);
    if (drift.length === 0) {
      console.log(`generated code is up to date (${output.files.size} files)`);
      return 0;
    }
    console.error("generated code is out of date; run `pnpm generate`. Drifting files:");
    for (const entry of drift) console.error(`  ${entry.kind.padEnd(8)} ${entry.path}`);
    return 1;
  }
  const changed = applyOutput(repoRoot, output);
  console.log(`generated ${output.files.size} files, ${changed.length} changed`);
  for (const path of changed) console.log(`  ${path}`);
  return 0;
}

/** `import maxim <swagger>`: writes (or with --check compares) openapi/maxim/server.yaml. */
function importCommand(args: readonly string[]): number {
  const [system, source, ...rest] = args;
  if (system !== "maxim" || source === undefined) {
    console.error(usage);
    return 2;
  }
  let check = false;
  let root: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--check") check = true;
    else if (arg === "--root") root = rest[++i];
    else {
      console.error(`unknown argument ${arg}\n${usage}`);
      return 2;
    }
  }
  const repoRoot = root ? resolve(root) : findRepoRoot(process.cwd());
  const result = importMaxim(readFileSync(resolve(source), "utf8"));
  const target = join(repoRoot, maximServerSpec);
  if (check) {
    let committed = "";
    try {
      committed = readFileSync(target, "utf8");
    } catch {
      // A missing file differs like any other.
    }
    if (committed === result.yaml) {
      console.log(`${maximServerSpec} is up to date`);
      return 0;
    }
    console.error(`${maximServerSpec} differs from the import of ${source}; run the import without --check`);
    return 1;
  }
  writeFileSync(target, result.yaml);
  console.log(`wrote ${maximServerSpec}; fixes applied:`);
  for (const [name, count] of result.fixes) console.log(`  ${name.padEnd(22)} ${count}`);
  return 0;
}
