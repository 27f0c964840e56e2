import type { DescEnum, DescMessage } from "@bufbuild/protobuf";
import type { GeneratedFile, ImportSymbol, Printable } from "@bufbuild/protoplugin";
import { binaryFunctions, binaryModule, enumJsonFunctions, mainModule, typeName } from "./names.js";

/** The package every generated file imports its reader, writer and helpers from. */
export const runtimePackage = "@chatwire/protobuf-runtime";

/**
 * Symbols a printer refers to, as import symbols of the file being printed: printing one adds
 * its import (or none, when it is declared in this file), and clashing names get aliased.
 */
export interface PrintContext {
  readonly f: GeneratedFile;
  runtime(name: string, typeOnly?: boolean): ImportSymbol;
  /** The interface of a message or the enum type, for type positions. */
  type(desc: DescMessage | DescEnum): ImportSymbol;
  /** The `const X` codec object of a message. */
  codec(desc: DescMessage): ImportSymbol;
  enumValue(desc: DescEnum): ImportSymbol;
  enumFromJson(desc: DescEnum): ImportSymbol;
  enumToJson(desc: DescEnum): ImportSymbol;
  encodeFunction(desc: DescMessage): ImportSymbol;
  decodeFunction(desc: DescMessage): ImportSymbol;
}

export function printContext(f: GeneratedFile): PrintContext {
  return {
    f,
    runtime: (name, typeOnly = false) => f.import(name, runtimePackage, typeOnly),
    type: (desc) => f.import(typeName(desc), mainModule(desc.file), true),
    codec: (desc) => f.import(typeName(desc), mainModule(desc.file)),
    enumValue: (desc) => f.import(typeName(desc), mainModule(desc.file)),
    enumFromJson: (desc) => f.import(enumJsonFunctions(desc).fromJson, mainModule(desc.file)),
    enumToJson: (desc) => f.import(enumJsonFunctions(desc).toJson, mainModule(desc.file)),
    encodeFunction: (desc) => f.import(binaryFunctions(desc).encode, binaryModule(desc.file)),
    decodeFunction: (desc) => f.import(binaryFunctions(desc).decode, binaryModule(desc.file)),
  };
}

/** A string literal. */
export const literal = (text: string): string => JSON.stringify(text);

/** Joins printables with a separator, as one printable. */
export function joined(items: readonly Printable[], separator: string): Printable[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [separator, item]));
}

/** A JSDoc block for proto comments (leading and trailing), or nothing. */
export function docComment(text: string | undefined, indent = ""): string {
  const trimmed = text?.trim();
  if (!trimmed) return "";
  const lines = trimmed
    .replaceAll("*/", "*\\/")
    .split("\n")
    .map((line) => line.trimEnd());
  if (lines.length === 1) return `${indent}/** ${lines[0]?.trim()} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line.length > 0 ? ` ${line.trim()}` : ""}`).join("\n")}\n${indent} */\n`;
}
