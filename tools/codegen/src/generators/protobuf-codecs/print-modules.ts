import type { DescEnum, DescFile, DescMessage } from "@bufbuild/protobuf";
import type { GeneratedFile } from "@bufbuild/protoplugin";
import { codecDoc, fileNameDoc, packageDoc } from "./comments.js";
import { binaryFunctions, typeName } from "./names.js";
import { printContext, runtimePackage } from "./print-context.js";
import { printCreateBase } from "./print-create-base.js";
import { printDecode } from "./print-decode.js";
import { printEncode } from "./print-encode.js";
import { printEnum } from "./print-enum.js";
import { printInterface } from "./print-interface.js";
import { printFromJson, printOneofFromJson, printToJson } from "./print-json.js";
import { printOneofFromPartial, printPartial } from "./print-partial.js";

/** Every message of a file, each followed by the messages nested in it, in declaration order. */
export function allMessages(file: DescFile): DescMessage[] {
  const out: DescMessage[] = [];
  const visit = (message: DescMessage) => {
    out.push(message);
    for (const nested of message.nestedMessages) visit(nested);
  };
  for (const message of file.messages) visit(message);
  return out;
}

/** Every enum of a file, top-level ones first, then those nested in messages. */
export function allEnums(file: DescFile): DescEnum[] {
  return [...file.enums, ...allMessages(file).flatMap((message) => message.nestedEnums)];
}

/**
 * The module a proto file's users import: its enums, one `interface X` and one `const X` per
 * message. `encode` and `decode` are the binary module's functions; the JSON and partial methods
 * are here, so a bundle that needs only the binary codec can leave them out.
 */
export function printMainModule(f: GeneratedFile, file: DescFile): void {
  const ctx = printContext(f);
  f.print(`export type { DeepPartial, MessageFns } from "${runtimePackage}";`);
  f.print();
  f.print(
    packageDoc(file),
    f.export("const", "protobufPackage"),
    ` = ${JSON.stringify(file.proto.package)};`,
  );
  f.print();
  f.print(fileNameDoc(file), f.export("const", "protobufFileName"), ` = ${JSON.stringify(file.proto.name)};`);
  f.print();
  for (const desc of allEnums(file)) printEnum(ctx, desc);
  const messages = allMessages(file);
  for (const message of messages) printInterface(ctx, message);
  for (const message of messages) {
    for (const oneof of message.oneofs) {
      printOneofFromJson(ctx, oneof);
      printOneofFromPartial(ctx, oneof);
    }
    const functions = binaryFunctions(message);
    f.print(
      codecDoc(message),
      f.export("const", typeName(message)),
      ": ",
      ctx.runtime("MessageFns", true),
      "<",
      ctx.type(message),
      "> = {",
    );
    f.print("  encode: ", ctx.f.import(functions.encode, binaryModuleOf(file)), ",");
    f.print("  decode: ", ctx.f.import(functions.decode, binaryModuleOf(file)), ",");
    f.print();
    printFromJson(ctx, message);
    printToJson(ctx, message);
    printPartial(ctx, message);
    f.print("};");
    f.print();
  }
}

/** The binary codec of every message of a file: `encodeX`, `decodeX`, as plain functions. */
export function printBinaryModule(f: GeneratedFile, file: DescFile): void {
  const ctx = printContext(f);
  for (const message of allMessages(file)) {
    printCreateBase(ctx, message);
    printEncode(ctx, message);
    printDecode(ctx, message);
  }
}

const binaryModuleOf = (file: DescFile) => `./${file.name}.binary.js`;
