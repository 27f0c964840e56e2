// Bundles a page entry for the browser as an application would: esbuild, platform browser, ESM.
// A module that reaches for Node built-ins fails the bundle here, before any browser starts.
import { build } from "esbuild";

/** The bundled script of `entry` (an absolute path). */
export async function bundlePage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  return output.text;
}
