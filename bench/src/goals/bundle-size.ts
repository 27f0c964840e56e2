// Gzipped size of what an application ships for one import (esbuild, minified, platform browser):
// as one file, and as the entry chunk alone when code splitting lets lazily imported modules
// (validators, codecs) load on first use.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export interface BundleSizes {
  /** Everything in one file, lazily imported modules included. */
  readonly singleFile: number;
  /** The entry chunk alone (what loads before the first call). */
  readonly entryChunk: number;
  /** All chunks together, with splitting. */
  readonly allChunks: number;
}

/** `external` leaves those imports out of the bundle, to weigh what they add. */
export async function bundleSizes(entry: string, external: readonly string[] = []): Promise<BundleSizes> {
  const resolveDir = fileURLToPath(new URL("..", import.meta.url));
  const common = {
    stdin: { contents: entry, resolveDir, loader: "ts" as const },
    bundle: true,
    minify: true,
    format: "esm" as const,
    platform: "browser" as const,
    write: false,
    logLevel: "silent" as const,
    external: [...external],
  };
  const single = await build(common);
  const split = await build({ ...common, splitting: true, outdir: "out" });
  const gz = (bytes: Uint8Array) => gzipSync(bytes).length;
  const chunks = (split.outputFiles ?? []).map((file) => ({ path: file.path, size: gz(file.contents) }));
  return {
    singleFile: gz(single.outputFiles?.[0]?.contents ?? new Uint8Array()),
    entryChunk: chunks.find((chunk) => chunk.path.endsWith("stdin.js"))?.size ?? 0,
    allChunks: chunks.reduce((sum, chunk) => sum + chunk.size, 0),
  };
}

/**
 * How much of the entry chunk each of `parts` (package names or import paths) accounts for: the
 * chunk's gzipped size with the part left out, subtracted from its full size.
 */
export async function entryChunkWeights(
  entry: string,
  parts: readonly string[],
): Promise<Record<string, number>> {
  const full = (await bundleSizes(entry)).entryChunk;
  const weights: Record<string, number> = {};
  for (const part of parts) weights[part] = full - (await bundleSizes(entry, [part])).entryChunk;
  return weights;
}
