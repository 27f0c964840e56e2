import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { loadDescriptors } from "../../buf.js";
import type { Generator } from "../../generator.js";
import { formatTypeScript } from "../protobuf-codecs/format-typescript.js";
import { readFfiMapping } from "./ffi-mapping.js";
import { renderCoverage, spliceCoverage } from "./render-coverage.js";
import { renderRegistry } from "./render-registry.js";

export interface FfiRegistryTarget {
  readonly name: string;
  /** The buf module of the OpenIM files, e.g. `proto/openim`. */
  readonly specDir: string;
  /** The mapping file beside the protos, repo-relative, e.g. `proto/openim/ffi-mapping.yaml`. */
  readonly mapping: string;
  /** The generated module, e.g. `packages/openim-types/src/gen/ffi-registry.ts`. */
  readonly outFile: string;
  /** A README whose marked section receives the coverage table (left alone when absent). */
  readonly readme: string;
}

/**
 * The FFI registry from the core's own function-to-message mapping: the mapping file is checked
 * against the compiled protos (a missing value, a value listed twice, an unknown message fail
 * generation), then rendered as the registry module and the README's coverage table.
 */
export function ffiRegistryGenerator(target: FfiRegistryTarget): Generator {
  return {
    name: target.name,
    ownedDirs: [],
    run({ root }) {
      const registry = loadDescriptors(root, target.specDir);
      const text = readFileSync(join(root, target.mapping), "utf8");
      const mapping = readFfiMapping(text, target.mapping, registry);
      const source = posix.normalize(target.mapping);
      const module = renderRegistry(mapping.entries, source);
      const formatted = formatTypeScript(new Map([["ffi-registry.ts", module]])).get(
        "ffi-registry.ts",
      ) as string;
      const files = new Map([[target.outFile, formatted]]);
      const readmePath = join(root, target.readme);
      if (existsSync(readmePath)) {
        const readme = readFileSync(readmePath, "utf8");
        const section = renderCoverage(mapping.entries, mapping.none, source);
        files.set(target.readme, spliceCoverage(readme, section, target.readme));
      }
      return files;
    },
  };
}
