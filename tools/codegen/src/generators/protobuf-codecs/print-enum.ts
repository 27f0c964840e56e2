import type { DescEnum } from "@bufbuild/protobuf";
import { commentOf, declarationDoc, enumFromJsonDoc, enumToJsonDoc } from "./comments.js";
import { enumJsonFunctions, typeName } from "./names.js";
import { literal, type PrintContext } from "./print-context.js";

/**
 * A TypeScript enum with an `UNRECOGNIZED = -1` member, and its conversions from and to the JSON
 * name; JSON this schema does not name becomes -1. An enum that declares -1 itself
 * (`ApprovalStatus.Rejected`) gets no extra member: its -1 value stands for unrecognized input.
 * Decode keeps an unknown number as it is.
 */
export function printEnum(ctx: PrintContext, desc: DescEnum): void {
  const { f } = ctx;
  const name = typeName(desc);
  const { fromJson, toJson } = enumJsonFunctions(desc);
  // With allow_alias, two names share a number: JSON reads both and writes the first.
  const firstByNumber = new Map<number, string>();
  for (const value of desc.values)
    if (!firstByNumber.has(value.number)) firstByNumber.set(value.number, value.name);

  const unrecognized = firstByNumber.get(-1) ?? "UNRECOGNIZED";

  f.print(declarationDoc(desc), f.export("enum", name), " {");
  for (const value of desc.values)
    f.print(commentOf(value, "  "), "  ", value.name, " = ", value.number, ",");
  if (!firstByNumber.has(-1)) f.print("  UNRECOGNIZED = -1,");
  f.print("}");
  f.print();
  f.print(enumFromJsonDoc(desc, unrecognized), f.export("function", fromJson), "(object: any): ", name, " {");
  f.print("  switch (object) {");
  for (const value of desc.values) {
    const numberCase = firstByNumber.get(value.number) === value.name ? `    case ${value.number}:\n` : "";
    f.print(numberCase, "    case ", literal(value.name), ":");
    f.print("      return ", name, ".", value.name, ";");
  }
  if (!firstByNumber.has(-1)) {
    f.print("    case -1:");
    f.print('    case "UNRECOGNIZED":');
  }
  f.print("    default:");
  f.print("      return ", name, ".", unrecognized, ";");
  f.print("  }");
  f.print("}");
  f.print();
  f.print(enumToJsonDoc(desc, unrecognized), f.export("function", toJson), "(object: ", name, "): string {");
  f.print("  switch (object) {");
  for (const valueName of firstByNumber.values()) {
    f.print("    case ", name, ".", valueName, ":");
    f.print("      return ", literal(valueName), ";");
  }
  f.print("    default:");
  f.print("      return ", literal(unrecognized), ";");
  f.print("  }");
  f.print("}");
  f.print();
}
