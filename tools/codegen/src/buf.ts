import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createFileRegistry, type FileRegistry, fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";

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

/** Compiles one buf module (a directory listed in buf.yaml) into a descriptor registry. */
export function loadDescriptors(root: string, modulePath: string): FileRegistry {
  const out = join(makeTempDir("desc"), "image.binpb");
  runBuf(root, ["build", modulePath, "-o", out]);
  const set = fromBinary(FileDescriptorSetSchema, readFileSync(out));
  return createFileRegistry(set);
}

export interface PluginRun {
  /** buf input: a module directory, e.g. `proto/openim`. */
  readonly input: string;
  /** Restrict generation to these files (repo-relative), e.g. to skip option-only files. */
  readonly paths?: readonly string[];
  /** Plugin options, joined with commas. */
  readonly options: readonly string[];
}

/** Runs ts-proto through `buf generate` and returns the output directory. */
export function runTsProto(root: string, run: PluginRun): string {
  const work = makeTempDir("gen");
  const plugin = join(dirname(require.resolve("ts-proto/package.json")), "protoc-gen-ts_proto");
  const template = {
    version: "v2",
    plugins: [{ local: [process.execPath, plugin], out: join(work, "out"), opt: run.options.join(",") }],
  };
  const templatePath = join(work, "buf.gen.json");
  writeFileSync(templatePath, JSON.stringify(template));
  const pathArgs = (run.paths ?? []).flatMap((p) => ["--path", p]);
  runBuf(root, ["generate", run.input, "--template", templatePath, ...pathArgs]);
  return join(work, "out");
}
