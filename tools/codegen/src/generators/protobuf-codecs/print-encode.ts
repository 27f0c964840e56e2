import type { DescMessage, DescOneof } from "@bufbuild/protobuf";
import type { Printable } from "@bufbuild/protoplugin";
import { encodeDoc } from "./comments.js";
import { type FieldModel, fieldModel, packedTag, valueTag } from "./field-model.js";
import { binaryFunctions, propertyName } from "./names.js";
import { literal, type PrintContext } from "./print-context.js";

/**
 * `export function encodeX(message, writer = new WireWriter()): WireWriter`. Fields are written in
 * field-number order, as Google's encoders write them, with the unknown fields a decode kept
 * slotted in at their own numbers: decode → encode reproduces the bytes. Defaults of
 * implicit-presence fields are omitted, except a float or double -0, whose sign bit is data; a
 * proto3 `optional` field is written whenever it is set, zero included.
 */
export function printEncode(ctx: PrintContext, message: DescMessage): void {
  const { f } = ctx;
  const writer = ctx.runtime("WireWriter");
  f.print(
    encodeDoc(message),
    f.export("function", binaryFunctions(message).encode),
    "(message: ",
    ctx.type(message),
    ", writer: ",
    writer,
    " = new ",
    writer,
    "()): ",
    writer,
    " {",
  );
  f.print("  const unknown = ", ctx.runtime("pendingUnknownFields"), "(message._unknownFields);");
  for (const unit of encodeUnits(message)) {
    if (unit.kind === "field") f.print(...fieldStatement(ctx, unit.field));
    else if (unit.kind === "oneof") f.print(...oneofSwitch(ctx, unit.oneof));
    else f.print(...oneofMember(ctx, unit.field));
  }
  f.print(
    "  if (unknown !== undefined) ",
    ctx.runtime("writeUnknownFieldsBelow"),
    "(writer, unknown, globalThis.Infinity);",
  );
  f.print("  return writer;");
  f.print("}");
  f.print();
}

type EncodeUnit =
  | { kind: "field"; number: number; field: FieldModel }
  | { kind: "oneof"; number: number; oneof: DescOneof }
  | { kind: "oneofMember"; number: number; field: FieldModel };

/**
 * What encode writes, in field-number order. A oneof whose members' numbers form a run that no
 * other field interrupts is one `switch` on `$case`; otherwise each member is tested at its own
 * number, so the order stays exact.
 */
export function encodeUnits(message: DescMessage): EncodeUnit[] {
  const units: EncodeUnit[] = [];
  const plain = message.fields.filter((field) => field.oneof === undefined);
  for (const field of plain) units.push({ kind: "field", number: field.number, field: fieldModel(field) });
  for (const oneof of message.oneofs) {
    const numbers = oneof.fields.map((field) => field.number);
    const low = Math.min(...numbers);
    const high = Math.max(...numbers);
    if (plain.some((field) => field.number > low && field.number < high)) {
      for (const field of oneof.fields)
        units.push({ kind: "oneofMember", number: field.number, field: fieldModel(field) });
    } else {
      units.push({ kind: "oneof", number: low, oneof });
    }
  }
  return units.sort((a, b) => a.number - b.number);
}

/** `writer` positioned after the field's tag: `writeTag(writer, 10, unknown)`. */
function tagged(ctx: PrintContext, tag: number): Printable[] {
  return [ctx.runtime("writeTag"), "(writer, ", tag, ", unknown)"];
}

/** Writes one value after `target` (a writer expression): a scalar method call, or a nested message. */
function writeValue(ctx: PrintContext, field: FieldModel, value: string, target: Printable[]): Printable[] {
  if (field.kind === "message") {
    return [
      ctx.encodeFunction(field.message as DescMessage),
      "(",
      value,
      ", ",
      ...target,
      ".fork()).join();",
    ];
  }
  const facts = field.scalar as NonNullable<FieldModel["scalar"]>;
  const named = facts.int64 ? `, ${literal(field.path)}` : "";
  return [...target, ".", facts.method, "(", value, named, ");"];
}

/** The test that an implicit-presence field holds something other than its default. */
function isNotDefault(field: FieldModel, value: string): string {
  const facts = field.scalar as NonNullable<FieldModel["scalar"]>;
  if (facts.tsType === "Uint8Array") return `${value}.length !== 0`;
  if (facts.floatingPoint) return `${value} !== 0 || globalThis.Object.is(${value}, -0)`;
  return `${value} !== ${facts.zero}`;
}

function fieldStatement(ctx: PrintContext, field: FieldModel): Printable[] {
  const value = `message.${field.property}`;
  if (field.repeated) {
    if (field.packed) {
      return [
        `  if (${value}.length !== 0) {\n    `,
        ...tagged(ctx, packedTag(field)),
        ".fork();\n",
        `    for (const v of ${value}) `,
        ...writeValue(ctx, field, "v", ["writer"]),
        "\n    writer.join();\n  }",
      ];
    }
    return [`  for (const v of ${value}) `, ...writeValue(ctx, field, "v", tagged(ctx, valueTag(field)))];
  }
  const condition =
    field.optional || field.kind === "message" ? `${value} !== undefined` : isNotDefault(field, value);
  return [`  if (${condition}) `, ...writeValue(ctx, field, value, tagged(ctx, valueTag(field)))];
}

function oneofSwitch(ctx: PrintContext, oneof: DescOneof): Printable[] {
  const property = `message.${propertyName(oneof)}`;
  const out: Printable[] = [`  switch (${property}?.$case) {\n`];
  for (const desc of [...oneof.fields].sort((a, b) => a.number - b.number)) {
    const field = fieldModel(desc);
    out.push(`    case ${literal(field.property)}:\n      `);
    out.push(...writeValue(ctx, field, `${property}.value`, tagged(ctx, valueTag(field))));
    out.push("\n      break;\n");
  }
  out.push("  }");
  return out;
}

function oneofMember(ctx: PrintContext, field: FieldModel): Printable[] {
  const property = `message.${propertyName(field.oneof as DescOneof)}`;
  return [
    `  if (${property}?.$case === ${literal(field.property)}) `,
    ...writeValue(ctx, field, `${property}.value`, tagged(ctx, valueTag(field))),
  ];
}
