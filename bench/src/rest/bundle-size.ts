// Gzipped size of what an application that only calls `createRestClient` ships (esbuild, minified,
// platform browser): as one file, and as the entry chunk when code splitting lets each namespace's
// validators load on first use.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const entry = `import { createRestClient } from "@chatwire/rest-client";
export const make = (options) => createRestClient(options);`;

export interface RestBundleSizes {
  /** Everything in one file, validators included. */
  singleFile: number;
  /** The entry chunk alone (what loads before the first call). */
  entryChunk: number;
  /** All chunks together, with splitting. */
  allChunks: number;
}

export async function restBundleSizes(): Promise<RestBundleSizes> {
  const resolveDir = fileURLToPath(new URL(".", import.meta.url));
  const common = {
    stdin: { contents: entry, resolveDir, loader: "ts" as const },
    bundle: true,
    minify: true,
    format: "esm" as const,
    platform: "browser" as const,
    write: false,
    logLevel: "silent" as const,
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
