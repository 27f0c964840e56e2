import { resolve } from "node:path";
import { generateAll } from "./generate-all.js";
import { applyOutput, diffOutput } from "./output-set.js";
import { findRepoRoot } from "./repo-root.js";

const usage = "usage: chatwire-codegen generate [--check] [--root DIR]";

/** Entry point; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
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
