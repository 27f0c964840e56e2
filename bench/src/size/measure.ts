// Gzipped size of each entry as one esbuild bundle: minified, ESM, platform browser.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { SizeEntry } from "./entries.js";

/**
 * Bytes after gzip of the minified browser bundle of `entry`; its imports resolve from
 * `resolveDir` (default: this folder).
 */
export async function gzippedSize(
  entry: SizeEntry,
  resolveDir = fileURLToPath(new URL(".", import.meta.url)),
): Promise<number> {
  const result = await build({
    stdin: { contents: entry.contents, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${entry.name}`);
  return gzipSync(output.contents).length;
}
