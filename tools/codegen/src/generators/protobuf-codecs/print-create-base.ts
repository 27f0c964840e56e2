import type { DescMessage } from "@bufbuild/protobuf";
import type { Printable } from "@bufbuild/protoplugin";
import { type FieldModel, fieldModel } from "./field-model.js";
import { binaryFunctions, propertyName } from "./names.js";
import type { PrintContext } from "./print-context.js";

/** The value a field holds when the wire does not carry it. */
export function defaultValue(field: FieldModel): string {
  if (field.repeated) return "[]";
  if (field.optional || field.kind === "message") return "undefined";
  return field.scalar?.zero as string;
}

/**
 * The properties of a fresh message in declaration order, `_unknownFields` last. Every way of
 * making a message (decode, fromPartial) lists them in this order, so all instances share one
 * hidden class in V8.
 */
export function baseProperties(message: DescMessage): { property: string; field: FieldModel | undefined }[] {
  return message.members.map((member) =>
    member.kind === "oneof"
      ? { property: propertyName(member), field: undefined }
      : { property: propertyName(member), field: fieldModel(member) },
  );
}

/** `function createBaseX(): X`, the starting point of decode. */
export function printCreateBase(ctx: PrintContext, message: DescMessage): void {
  const parts: Printable[] = [];
  for (const { property, field } of baseProperties(message)) {
    parts.push(property, ": ", field === undefined ? "undefined" : defaultValue(field), ", ");
  }
  const type = ctx.type(message);
  ctx.f.print("function ", binaryFunctions(message).createBase, "(): ", type, " {");
  ctx.f.print("  return { ", ...parts, "_unknownFields: {} };");
  ctx.f.print("}");
  ctx.f.print();
}
