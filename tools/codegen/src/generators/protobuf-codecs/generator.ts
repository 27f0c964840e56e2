import { posix } from "node:path";
import { buildImage } from "../../buf.js";
import type { Generator } from "../../generator.js";
import { stamp } from "../../stamp.js";
import { formatTypeScript } from "./format-typescript.js";
import { filesToGenerate, runProtobufCodecsPlugin } from "./plugin.js";

export interface ProtobufCodecsTarget {
  readonly name: string;
  /** The buf module directory, e.g. `proto/openim`. */
  readonly specDir: string;
  /** Limit to these spec files (repo-relative); files whose types they use are generated too. */
  readonly paths?: readonly string[];
  /** Where the generated modules go, e.g. `packages/openim-types/src/gen`. */
  readonly outDir: string;
}

/**
 * Protobuf codecs from the compiled descriptors of one buf module: for each proto file a module
 * of types and `const X` codecs, and a binary module of `encodeX`/`decodeX` functions, formatted
 * and stamped with the spec they come from. A well-known type the specs use
 * (`google/protobuf/any.proto`) is generated like any other file, under its own path.
 */
export function protobufCodecsGenerator(target: ProtobufCodecsTarget): Generator {
  return {
    name: target.name,
    ownedDirs: [],
    run({ root }) {
      const { set, registry } = buildImage(root, target.specDir);
      const prefix = `${target.specDir}/`;
      const selected = (target.paths ?? [])
        .map((path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path))
        .map((name) => {
          const file = registry.getFile(name);
          if (file === undefined) throw new Error(`${target.name}: ${name} is not in ${target.specDir}`);
          return file;
        });
      const all = [...registry.files];
      const generate = filesToGenerate(all, target.paths === undefined ? all : selected);
      const sources = runProtobufCodecsPlugin(
        set.file,
        generate.map((file) => file.proto.name),
      );
      const specOf = (path: string) => {
        const proto = path.replace(/(\.binary)?\.ts$/, ".proto");
        return proto.startsWith("google/protobuf/") ? proto : posix.join(target.specDir, proto);
      };
      const files = new Map<string, string>();
      for (const [path, content] of formatTypeScript(sources)) {
        files.set(posix.join(target.outDir, path), stamp(specOf(path)) + content);
      }
      return files;
    },
  };
}
