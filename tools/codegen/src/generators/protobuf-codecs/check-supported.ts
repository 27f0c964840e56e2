import type { DescFile } from "@bufbuild/protobuf";
import { Edition } from "@bufbuild/protobuf/wkt";
import { typeName } from "./names.js";
import { allEnums, allMessages } from "./print-modules.js";

/**
 * Refuses, with a message naming the element, what the generator does not produce code for:
 * proto2 and editions files, map fields, extensions, type names that clash. Silence would mean a
 * codec that quietly drops data.
 */
export function checkSupported(file: DescFile): void {
  const where = `${file.proto.name}`;
  if (file.edition !== Edition.EDITION_PROTO3) {
    throw new Error(
      `${where}: only proto3 files are supported (this one is ${file.proto.syntax || "proto2"})`,
    );
  }
  if (file.extensions.length > 0)
    throw new Error(`${where}: extensions are not supported (${file.extensions[0]?.name})`);
  const names = new Map<string, string>();
  for (const desc of [...allMessages(file), ...allEnums(file)]) {
    const name = typeName(desc);
    const clash = names.get(name);
    if (clash !== undefined)
      throw new Error(`${where}: ${desc.typeName} and ${clash} both become ${name} in TypeScript`);
    names.set(name, desc.typeName);
  }
  for (const message of allMessages(file)) {
    if (message.nestedExtensions.length > 0)
      throw new Error(`${where}: extensions are not supported (${message.typeName})`);
    for (const field of message.fields) {
      if (field.fieldKind === "map") {
        throw new Error(
          `${where}: ${message.typeName}.${field.name} is a map field, which this generator does not support yet`,
        );
      }
    }
  }
  for (const desc of allEnums(file)) {
    for (const value of desc.values) {
      if (value.name === "UNRECOGNIZED" && value.number !== -1) {
        throw new Error(
          `${where}: ${desc.typeName}.UNRECOGNIZED must be -1, the number unrecognized input maps to`,
        );
      }
    }
  }
}
