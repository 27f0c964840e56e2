import type { OutputSet } from "./output-set.js";
import { generators, ownedDirs } from "./targets.js";

/** Runs every generator against the repository at `root` and collects the output in memory. */
export async function generateAll(root: string): Promise<OutputSet> {
  const files = new Map<string, string>();
  for (const generator of generators) {
    const produced = await generator.run({ root });
    for (const [path, content] of produced) {
      if (files.has(path)) throw new Error(`${generator.name}: ${path} is produced twice`);
      files.set(path, content);
    }
  }
  const sorted = new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
  return { files: sorted, ownedDirs: [...ownedDirs, ...generators.flatMap((g) => g.ownedDirs)] };
}
