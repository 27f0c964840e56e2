import type { DescMessage, DescOneof } from "@bufbuild/protobuf";
import type { Printable } from "@bufbuild/protoplugin";
import { type FieldModel, fieldModel } from "./field-model.js";
import { propertyName, typeName } from "./names.js";
import { literal, type PrintContext } from "./print-context.js";
import { defaultValue } from "./print-create-base.js";
import { nestingGuard } from "./print-nesting-guard.js";

/**
 * `create(base?)` and `fromPartial(object)`: a complete message from any subset of its fields, at
 * every depth; absent fields take their defaults. The object is built in the same property order
 * as decode builds it. `_unknownFields` starts empty: unknown fields travel on decoded objects only.
 */
export function printPartial(ctx: PrintContext, message: DescMessage): void {
  const { f } = ctx;
  const codec = ctx.codec(message);
  const type = ctx.type(message);
  const partial = ctx.runtime("DeepPartial", true);
  f.print("  create(base?: ", partial, "<", type, ">): ", type, " {");
  f.print("    return ", codec, ".fromPartial(base ?? {});");
  f.print("  },");
  f.print();
  const properties: Printable[] = [];
  for (const member of message.members) {
    if (member.kind === "oneof")
      properties.push("      ", propertyName(member), ": ", ...oneofFromPartial(member), ",\n");
    else {
      const field = fieldModel(member);
      properties.push("      ", field.property, ": ", ...fieldFromPartial(ctx, field), ",\n");
    }
  }
  properties.push("      _unknownFields: {},\n");
  f.print("  fromPartial(object: ", partial, "<", type, ">): ", type, " {");
  f.print(...nestingGuard(ctx, message, "fromPartial", ["    return {\n", ...properties, "    };"]));
  f.print("  },");
}

function valueFromPartial(ctx: PrintContext, field: FieldModel, e: string): Printable[] {
  return field.kind === "message" ? [ctx.codec(field.message as DescMessage), `.fromPartial(${e})`] : [e];
}

function fieldFromPartial(ctx: PrintContext, field: FieldModel): Printable[] {
  const value = `object.${field.property}`;
  if (field.repeated) return [`${value}?.map((e) => `, ...valueFromPartial(ctx, field, "e"), ") || []"];
  if (field.kind === "message") {
    return [
      `${value} !== undefined && ${value} !== null ? `,
      ...valueFromPartial(ctx, field, value),
      " : undefined",
    ];
  }
  return [`${value} ?? ${defaultValue(field)}`];
}

/** The module-level function that completes a partial oneof: `IMMessage$contentFromPartial`. */
export function oneofFromPartialFunction(oneof: DescOneof): string {
  return `${typeName(oneof.parent)}$${propertyName(oneof)}FromPartial`;
}

/** A member with its `$case` and a value is kept (a message value completed); anything else is unset. */
export function printOneofFromPartial(ctx: PrintContext, oneof: DescOneof): void {
  const { f } = ctx;
  const property = literal(propertyName(oneof));
  const type = ctx.type(oneof.parent);
  f.print(
    "function ",
    oneofFromPartialFunction(oneof),
    "(object: ",
    ctx.runtime("DeepPartial", true),
    "<",
    type,
    ">[",
    property,
    "]): ",
    type,
    "[",
    property,
    "] {",
  );
  f.print("  if (object?.value === undefined || object.value === null) return undefined;");
  f.print("  switch (object.$case) {");
  for (const desc of oneof.fields) {
    const field = fieldModel(desc);
    f.print(`    case ${literal(field.property)}:`);
    f.print(
      `      return { $case: ${literal(field.property)}, value: `,
      ...valueFromPartial(ctx, field, "object.value"),
      " };",
    );
  }
  f.print("  }");
  f.print("  return undefined;");
  f.print("}");
  f.print();
}

function oneofFromPartial(oneof: DescOneof): Printable[] {
  return [`${oneofFromPartialFunction(oneof)}(object.${propertyName(oneof)})`];
}
