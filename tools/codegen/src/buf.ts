import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createFileRegistry, type FileRegistry, fromBinary } from "@bufbuild/protobuf";
import { type FileDescriptorSet, FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";

const require = createRequire(import.meta.url);

/** The buf binary shipped inside the @bufbuild/buf package (no download at install time). */
function bufBinary(): string {
  const pkg = require.resolve("@bufbuild/buf/package.json");
  return join(dirname(pkg), "bin", "buf");
}

function runBuf(root: string, args: string[]): void {
  execFileSync(bufBinary(), args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `chatwire-${prefix}-`));
}

/**
 * Compiles one buf module (a directory listed in buf.yaml, with the files it imports and their
 * source comments): the descriptor set, dependencies first, and a registry over it.
 */
export function buildImage(
  root: string,
  modulePath: string,
): { set: FileDescriptorSet; registry: FileRegistry } {
  const dir = makeTempDir("desc");
  try {
    const out = join(dir, "image.binpb");
    runBuf(root, ["build", modulePath, "--as-file-descriptor-set", "-o", out]);
    const set = fromBinary(FileDescriptorSetSchema, readFileSync(out));
    return { set, registry: createFileRegistry(set) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compiles one buf module into a descriptor registry. */
export function loadDescriptors(root: string, modulePath: string): FileRegistry {
  return buildImage(root, modulePath).registry;
}
