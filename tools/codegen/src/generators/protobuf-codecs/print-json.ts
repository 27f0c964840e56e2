import type { DescMessage, DescOneof } from "@bufbuild/protobuf";
import type { Printable } from "@bufbuild/protoplugin";
import { type FieldModel, fieldModel } from "./field-model.js";
import { jsonNames, propertyName, typeName } from "./names.js";
import { literal, type PrintContext } from "./print-context.js";
import { nestingGuard } from "./print-nesting-guard.js";

/**
 * `fromJSON` and `toJSON` methods of `const X`, in the shape the codecs have always had: JSON
 * names (the proto name is read too when it differs), int64 as a JSON number on output and a
 * number or decimal string on input (exact, or a RangeError naming the field), bytes as base64,
 * enums by name, a oneof member under its own name. Unknown fields are not carried.
 */
export function printFromJson(ctx: PrintContext, message: DescMessage): void {
  const { f } = ctx;
  const properties: Printable[] = [];
  for (const member of message.members) {
    if (member.kind === "oneof") {
      properties.push("      ", propertyName(member), ": ", ...oneofFromJson(member), ",\n");
      continue;
    }
    const field = fieldModel(member);
    properties.push("      ", field.property, ": ", ...fieldFromJson(ctx, field), ",\n");
  }
  f.print("  fromJSON(object: any): ", ctx.type(message), " {");
  f.print(...nestingGuard(ctx, message, "fromJSON", ["    return {\n", ...properties, "    };"]));
  f.print("  },");
  f.print();
}

export function printToJson(ctx: PrintContext, message: DescMessage): void {
  const { f } = ctx;
  const body: Printable[] = ["    const obj: any = {};\n"];
  for (const member of message.members) {
    const fields = member.kind === "oneof" ? member.fields.map(fieldModel) : [fieldModel(member)];
    for (const field of fields) body.push(...fieldToJson(ctx, field), "\n");
  }
  body.push("    return obj;");
  f.print("  toJSON(message: ", ctx.type(message), "): unknown {");
  f.print(...nestingGuard(ctx, message, "toJSON", body));
  f.print("  },");
  f.print();
}

/** Converts one JSON value `e` of the field. */
function valueFromJson(ctx: PrintContext, field: FieldModel, e: string): Printable[] {
  if (field.kind === "message") return [ctx.codec(field.message as DescMessage), `.fromJSON(${e})`];
  if (field.kind === "enum")
    return [ctx.enumFromJson(field.enum as NonNullable<FieldModel["enum"]>), `(${e})`];
  const facts = field.scalar as NonNullable<FieldModel["scalar"]>;
  if (facts.int64) return [ctx.runtime("int64FromJSON"), `(${e}, ${literal(field.path)}, ${facts.unsigned})`];
  switch (facts.tsType) {
    case "string":
      return [`globalThis.String(${e})`];
    case "boolean":
      return [`globalThis.Boolean(${e})`];
    case "Uint8Array":
      return [ctx.runtime("bytesFromBase64"), `(${e}, ${literal(field.path)})`];
    default:
      return [`globalThis.Number(${e})`];
  }
}

/** Converts one value `v` of the field to JSON. */
function valueToJson(ctx: PrintContext, field: FieldModel, v: string): Printable[] {
  if (field.kind === "message") return [ctx.codec(field.message as DescMessage), `.toJSON(${v})`];
  if (field.kind === "enum") return [ctx.enumToJson(field.enum as NonNullable<FieldModel["enum"]>), `(${v})`];
  const facts = field.scalar as NonNullable<FieldModel["scalar"]>;
  if (facts.floatingPoint) return [ctx.runtime("floatToJson"), `(${v})`];
  if (facts.tsType === "number") return [`globalThis.Math.round(${v})`];
  if (facts.tsType === "Uint8Array") return [ctx.runtime("base64FromBytes"), `(${v})`];
  return [v];
}

function fieldFromJson(ctx: PrintContext, field: FieldModel): Printable[] {
  const names = jsonNames(field.desc);
  if (field.repeated) {
    const out: Printable[] = [];
    for (const name of names) {
      out.push(
        `globalThis.Array.isArray(object?.${name})\n        ? object.${name}.map((e: any) => `,
        ...valueFromJson(ctx, field, "e"),
        ")\n        : ",
      );
    }
    out.push("[]");
    return out;
  }
  const fallback = field.optional || field.kind === "message" ? "undefined" : (field.scalar?.zero as string);
  const out: Printable[] = [];
  for (const name of names) {
    out.push(
      ctx.runtime("isSet"),
      `(object.${name}) ? `,
      ...valueFromJson(ctx, field, `object.${name}`),
      " : ",
    );
  }
  out.push(fallback);
  return out;
}

/** The module-level function that reads a oneof from JSON: `IMMessage$contentFromJSON`. */
export function oneofFromJsonFunction(oneof: DescOneof): string {
  return `${typeName(oneof.parent)}$${propertyName(oneof)}FromJSON`;
}

/** The first member present in the JSON object wins, in declaration order. */
export function printOneofFromJson(ctx: PrintContext, oneof: DescOneof): void {
  const { f } = ctx;
  f.print(
    "function ",
    oneofFromJsonFunction(oneof),
    "(object: any): ",
    ctx.type(oneof.parent),
    "[",
    literal(propertyName(oneof)),
    "] {",
  );
  for (const desc of oneof.fields) {
    const field = fieldModel(desc);
    for (const name of jsonNames(desc)) {
      f.print(
        "  if (",
        ctx.runtime("isSet"),
        `(object.${name})) return { $case: ${literal(field.property)}, value: `,
        ...valueFromJson(ctx, field, `object.${name}`),
        " };",
      );
    }
  }
  f.print("  return undefined;");
  f.print("}");
  f.print();
}

function oneofFromJson(oneof: DescOneof): Printable[] {
  return [`${oneofFromJsonFunction(oneof)}(object)`];
}

function fieldToJson(ctx: PrintContext, field: FieldModel): Printable[] {
  const json = `obj.${jsonNames(field.desc)[0]}`;
  if (field.oneof !== undefined) {
    const property = `message.${propertyName(field.oneof)}`;
    return [
      `    if (${property}?.$case === ${literal(field.property)}) ${json} = `,
      ...valueToJson(ctx, field, `${property}.value`),
      ";",
    ];
  }
  const value = `message.${field.property}`;
  if (field.repeated) {
    return [
      `    if (${value}?.length) ${json} = ${value}.map((e) => `,
      ...valueToJson(ctx, field, "e"),
      ");",
    ];
  }
  const condition =
    field.optional || field.kind === "message"
      ? `${value} !== undefined`
      : field.scalar?.tsType === "Uint8Array"
        ? `${value}.length !== 0`
        : `${value} !== ${field.scalar?.zero}`;
  return [`    if (${condition}) ${json} = `, ...valueToJson(ctx, field, value), ";"];
}
