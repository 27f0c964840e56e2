import type { DescMessage } from "@bufbuild/protobuf";
import type { Printable } from "@bufbuild/protoplugin";
import { commentOf, declarationDoc } from "./comments.js";
import { type FieldModel, fieldModel } from "./field-model.js";
import { propertyName, typeName } from "./names.js";
import type { PrintContext } from "./print-context.js";

/** The TypeScript type of one value of a field (an element, for a repeated one). */
export function valueType(ctx: PrintContext, field: FieldModel): Printable {
  if (field.kind === "message") return ctx.type(field.message as DescMessage);
  if (field.kind === "enum") return ctx.type(field.enum as NonNullable<FieldModel["enum"]>);
  return field.scalar?.tsType as string;
}

/**
 * `export interface X`: every field as a property in declaration order, a oneof as one property
 * holding `{ $case, value }` or undefined, and `_unknownFields` for what a newer schema added.
 * Singular message fields and proto3 `optional` fields may be undefined; the rest always hold a
 * value (the proto3 default when absent on the wire).
 */
export function printInterface(ctx: PrintContext, message: DescMessage): void {
  const { f } = ctx;
  f.print(declarationDoc(message), f.export("interface", typeName(message)), " {");
  for (const member of message.members) {
    if (member.kind === "oneof") {
      f.print(commentOf(member, "  "), "  ", propertyName(member), ":");
      for (const desc of member.fields) {
        const field = fieldModel(desc);
        f.print(`    | { $case: "${field.property}"; value: `, valueType(ctx, field), " }");
      }
      f.print("    | undefined;");
      continue;
    }
    const field = fieldModel(member);
    const type = valueType(ctx, field);
    const comment = commentOf(member, "  ");
    if (field.repeated) f.print(comment, "  ", field.property, ": ", type, "[];");
    else if (field.optional) f.print(comment, "  ", field.property, "?: ", type, " | undefined;");
    else if (field.kind === "message") f.print(comment, "  ", field.property, ": ", type, " | undefined;");
    else f.print(comment, "  ", field.property, ": ", type, ";");
  }
  f.print("  _unknownFields?: { [key: number]: Uint8Array[] } | undefined;");
  f.print("}");
  f.print();
}
