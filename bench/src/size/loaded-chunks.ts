// Which output files of a code-split build load together: a chunk and every chunk it imports
// statically, transitively. What a dynamic `import()` loads is left out unless asked for.
import type { Metafile } from "esbuild";

/**
 * The outputs that load with `starts` (output paths as the metafile names them): each of them and
 * every chunk they import statically.
 */
export function loadedChunks(outputs: Metafile["outputs"], starts: readonly string[]): Set<string> {
  const loaded = new Set<string>();
  const visit = (name: string) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const imported of outputs[name]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    }
  };
  for (const start of starts) visit(start);
  return loaded;
}

/** The output a lazily imported module became: the one whose entry point ends with `module`. */
export function chunkOf(outputs: Metafile["outputs"], module: string): string {
  const found = Object.keys(outputs).filter((name) => outputs[name]?.entryPoint?.endsWith(module));
  if (found.length !== 1) {
    throw new Error(`expected one chunk for ${module}, found ${found.length}: is it still imported lazily?`);
  }
  return found[0] as string;
}
