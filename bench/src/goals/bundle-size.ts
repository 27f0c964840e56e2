// Gzipped size of what an application ships for one import (esbuild, minified, platform browser):
// as one file, and, when code splitting lets lazily imported modules (validators, codecs) load on
// first use, as what loads before the first call: the entry chunk and the chunks it imports.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { loadedChunks } from "../size/loaded-chunks.js";

export interface BundleSizes {
  /** Everything in one file, lazily imported modules included. */
  readonly singleFile: number;
  /** The entry chunk with the chunks it imports statically (what loads before the first call). */
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
  const split = await build({ ...common, splitting: true, outdir: "out", metafile: true });
  const gz = (bytes: Uint8Array) => gzipSync(bytes).length;
  const sizeOf = new Map((split.outputFiles ?? []).map((file) => [file.path, gz(file.contents)]));
  const outputs = split.metafile?.outputs ?? {};
  const absolute = (name: string) => [...sizeOf.keys()].find((path) => path.endsWith(`/${name}`)) ?? name;
  // The entry chunk and every chunk it imports statically: what loads before the first call.
  const entryName = Object.keys(outputs).find((name) => name.endsWith("stdin.js")) ?? "";
  const loaded = loadedChunks(outputs, [entryName]);
  let entryChunk = 0;
  for (const name of loaded) entryChunk += sizeOf.get(absolute(name)) ?? 0;
  return {
    singleFile: gz(single.outputFiles?.[0]?.contents ?? new Uint8Array()),
    entryChunk,
    allChunks: [...sizeOf.values()].reduce((sum, size) => sum + size, 0),
  };
}

/**
 * How much of what loads before the first call each of `parts` (package names or import paths)
 * accounts for: that size with the part left out, subtracted from the full size.
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
