import { readFileSync } from "node:fs";
import { posix } from "node:path";

/**
 * A post-pass, run after the exact-codec pass, that points the generated codecs at our own
 * writer and reader (wire-runtime.ts, emitted next to them):
 *
 * - `encode(message)` without a writer uses a WireWriter, which reuses one buffer between
 *   encodes instead of growing a fresh one each time.
 * - `decode(bytes)` reads through a WireReader (fast strings and int64).
 * - int64 and uint64 fields are read straight into a number by readInt64/readUint64, which keep
 *   the exact-codec rule: a value beyond ±(2^53-1) is a RangeError naming the field.
 * - A decode made to throw ProtobufDecodeError (ts-proto-decode-errors.ts) imports wrapDecodeError.
 *
 * Signatures are unchanged: a caller's own BinaryWriter or BinaryReader still works.
 */
export function fastCodecs(code: string, file: string): string {
  const messages = (code.match(/^export const \w+: MessageFns</gm) ?? []).length;
  if (messages === 0) return code;
  let out = replaceAllCounted(
    code,
    "writer: BinaryWriter = new BinaryWriter()",
    "writer: BinaryWriter = new WireWriter()",
    messages,
    file,
  );
  out = replaceAllCounted(
    out,
    "input instanceof BinaryReader ? input : new BinaryReader(input)",
    "input instanceof BinaryReader ? input : new WireReader(input)",
    messages,
    file,
  );
  const int64Reads = (out.match(/longToNumber\(reader\.u?int64\(\), /g) ?? []).length;
  if (int64Reads !== out.split("longToNumber(reader.").length - 1) {
    throw fastShapeError(file, "an int64 read of an unexpected shape");
  }
  out = out.replace(/longToNumber\(reader\.(u?)int64\(\), /g, (_, unsigned: string) =>
    unsigned ? "readUint64(reader, " : "readInt64(reader, ",
  );
  out = dropUnusedLongToNumber(out, file);
  const imported = ["WireReader", "WireWriter", "readInt64", "readUint64", "wrapDecodeError"].filter((name) =>
    new RegExp(`\\b${name}\\(`).test(out),
  );
  const wireImport = 'import { BinaryReader, BinaryWriter } from "@bufbuild/protobuf/wire";\n';
  if (!out.includes(wireImport)) throw fastShapeError(file, "the @bufbuild/protobuf/wire import");
  const runtime = runtimeImportPath(file);
  return out.replace(wireImport, `${wireImport}import { ${imported.join(", ")} } from "${runtime}";\n`);
}

/** The file name of the runtime module emitted into each generated directory. */
export const wireRuntimeFile = "wire-runtime.ts";

/** The runtime's source, stamped by the caller and written next to the generated codecs. */
export function wireRuntimeSource(): string {
  return readFileSync(new URL("../runtime/wire-runtime.ts", import.meta.url), "utf8");
}

/** The spec-relative path of the runtime's source, for its stamp. */
export const wireRuntimeOrigin = "tools/codegen/src/runtime/wire-runtime.ts";

function runtimeImportPath(file: string): string {
  const relative = posix.relative(posix.dirname(file), wireRuntimeFile.replace(/\.ts$/, ".js"));
  return relative.startsWith(".") ? relative : `./${relative}`;
}

function replaceAllCounted(code: string, from: string, to: string, expected: number, file: string): string {
  const found = code.split(from).length - 1;
  if (found !== expected) throw fastShapeError(file, `${found} of ${expected} × "${from}"`);
  return code.replaceAll(from, to);
}

const longToNumberFunction = /\nfunction longToNumber\([\s\S]*?\n\}\n/;

function dropUnusedLongToNumber(code: string, file: string): string {
  if (!code.includes("function longToNumber(")) return code;
  const withoutFunction = code.replace(longToNumberFunction, "\n");
  if (withoutFunction === code) throw fastShapeError(file, "the longToNumber helper");
  return withoutFunction.includes("longToNumber(") ? code : withoutFunction;
}

function fastShapeError(file: string, what: string): Error {
  return new Error(`${file}: ts-proto output no longer matches the fast-codec post-pass (${what})`);
}
