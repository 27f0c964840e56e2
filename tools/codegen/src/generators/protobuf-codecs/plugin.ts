import { create, type DescFile } from "@bufbuild/protobuf";
import { CodeGeneratorRequestSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { createEcmaScriptPlugin } from "@bufbuild/protoplugin";
import { checkSupported } from "./check-supported.js";
import { moduleFiles } from "./names.js";
import { printBinaryModule, printMainModule } from "./print-modules.js";

/**
 * The codec generator as a protoc plugin built on @bufbuild/protoplugin: a typed printer whose
 * import symbols become import statements (aliased on a clash), run in-process on a request made
 * from the compiled descriptors. Each proto file gives two modules, `<name>.ts` and
 * `<name>.binary.ts`.
 */
export const protobufCodecsPlugin = createEcmaScriptPlugin({
  name: "chatwire-codegen",
  version: "v0",
  generateTs(schema) {
    for (const file of schema.files) {
      checkSupported(file);
      const names = moduleFiles(file);
      printMainModule(schema.generateFile(names.main), file);
      printBinaryModule(schema.generateFile(names.binary), file);
    }
  },
});

/**
 * Runs the plugin on `protoFile` (every file of an image, dependencies first) for the files named
 * in `generate`, and returns the TypeScript sources keyed by file name. A plugin failure is thrown.
 */
export function runProtobufCodecsPlugin(
  protoFile: readonly FileDescriptorProto[],
  generate: readonly string[],
): Map<string, string> {
  const request = create(CodeGeneratorRequestSchema, {
    fileToGenerate: [...generate],
    parameter: "target=ts,import_extension=js",
    protoFile: [...protoFile],
  });
  const response = protobufCodecsPlugin.run(request);
  if (response.error) throw new Error(response.error);
  return new Map(response.file.map((file) => [file.name, file.content]));
}

/** The files to generate: `selected` plus every file declaring a type their fields use, transitively. */
export function filesToGenerate(files: readonly DescFile[], selected: readonly DescFile[]): DescFile[] {
  const wanted = new Set<DescFile>();
  const visit = (file: DescFile) => {
    if (wanted.has(file)) return;
    wanted.add(file);
    const messages = [...file.messages];
    for (let i = 0; i < messages.length; i++) {
      const message = messages[i] as (typeof messages)[number];
      messages.push(...message.nestedMessages);
      for (const field of message.fields) {
        const used = field.message ?? field.enum;
        if (used !== undefined) visit(used.file);
      }
    }
  };
  for (const file of selected) visit(file);
  return files.filter((file) => wanted.has(file));
}
