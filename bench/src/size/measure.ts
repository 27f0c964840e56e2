// Gzipped size of each entry as esbuild bundles it for a browser: minified, ESM, platform browser;
// one file, or, with code splitting, the chunks that load before (and with) the first call.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { SizeEntry } from "./entries.js";
import { chunkOf, loadedChunks } from "./loaded-chunks.js";

/** How every size is bundled: as a browser app would ship it, kept in memory. */
export const browserBundle = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  logLevel: "silent",
} as const;

/**
 * Bytes after gzip of the minified browser bundle of `entry`; its imports resolve from
 * `resolveDir` (default: this folder). With `entry.split`, the sum over the chunks that load, each
 * gzipped on its own, as a browser fetches them.
 */
export async function gzippedSize(
  entry: SizeEntry,
  resolveDir = fileURLToPath(new URL(".", import.meta.url)),
): Promise<number> {
  const result = await build({
    ...browserBundle,
    stdin: { contents: entry.contents, resolveDir, loader: "ts" },
    ...(entry.split === undefined ? {} : { splitting: true, outdir: "out", metafile: true }),
  });
  if (entry.split === undefined) {
    const output = result.outputFiles[0];
    if (output === undefined) throw new Error(`esbuild wrote nothing for ${entry.name}`);
    return gzipSync(output.contents).length;
  }
  const outputs = result.metafile?.outputs ?? {};
  const entryChunk = Object.keys(outputs).find((name) => outputs[name]?.entryPoint === "<stdin>");
  if (entryChunk === undefined) throw new Error(`esbuild wrote no entry chunk for ${entry.name}`);
  const lazy = (entry.split.loads ?? []).map((module) => chunkOf(outputs, module));
  const loaded = loadedChunks(outputs, [entryChunk, ...lazy]);
  let total = 0;
  for (const file of result.outputFiles) {
    if (loaded.has(outputNameOf(file.path))) total += gzipSync(file.contents).length;
  }
  return total;
}

/** The metafile's name of an output file (`out/chunk-X.js`) from its absolute path. */
const outputNameOf = (path: string) => path.slice(path.lastIndexOf("/out/") + 1);
