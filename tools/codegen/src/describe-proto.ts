import type { DescEnum, DescField, DescMessage, FileRegistry } from "@bufbuild/protobuf";
import { ScalarType } from "@bufbuild/protobuf";

/** A proto file reduced to its wire facts, in declaration order. */
export interface WireFile {
  file: string;
  package: string;
  imports: string[];
  messages: { name: string; fields: WireField[] }[];
  enums: { name: string; values: { name: string; number: number }[] }[];
}

export interface WireField {
  name: string;
  number: number;
  type: string;
  repeated?: boolean;
  /** proto3 `optional`: explicit presence, a set zero value is written. */
  optional?: boolean;
  oneof?: string;
}

function fieldType(field: DescField): string {
  switch (field.fieldKind) {
    case "scalar":
      return ScalarType[field.scalar].toLowerCase();
    case "enum":
      return field.enum.typeName;
    case "message":
      return field.message.typeName;
    case "list":
      if (field.listKind === "scalar") return ScalarType[field.scalar].toLowerCase();
      return field.listKind === "enum" ? field.enum.typeName : field.message.typeName;
    case "map":
      return "map";
  }
}

function describeField(field: DescField): WireField {
  const out: WireField = { name: field.name, number: field.number, type: fieldType(field) };
  if (field.fieldKind === "list") out.repeated = true;
  if (field.proto.proto3Optional) out.optional = true;
  if (field.oneof) out.oneof = field.oneof.name;
  return out;
}

const describeMessage = (m: DescMessage) => ({ name: m.name, fields: m.fields.map(describeField) });
const describeEnum = (e: DescEnum) => ({
  name: e.name,
  values: e.values.map((v) => ({ name: v.name, number: v.number })),
});

/** Describes the named files of a registry the way the reference wire listing does. */
export function describeFiles(registry: FileRegistry, names: readonly string[]): WireFile[] {
  return names.map((name) => {
    const file = registry.getFile(`${name}.proto`);
    if (!file) throw new Error(`${name} is not in the registry`);
    return {
      file: `${file.name}.proto`,
      package: file.proto.package,
      imports: file.dependencies.map((d) => `${d.name}.proto`),
      messages: file.messages.map(describeMessage),
      enums: file.enums.map(describeEnum),
    };
  });
}
