import type { DescMessage, DescOneof } from "@bufbuild/protobuf";
import type { Printable } from "@bufbuild/protoplugin";
import { decodeDoc } from "./comments.js";
import { type FieldModel, fieldModels, packedTag, valueTag } from "./field-model.js";
import { binaryFunctions, propertyName, typeName } from "./names.js";
import { literal, type PrintContext } from "./print-context.js";

/**
 * `export function decodeX(input, length?): X`. One forward pass: a declared field arriving with a
 * wire type its type cannot have fails (it is from an incompatible schema), an undeclared one is
 * kept in `_unknownFields` as its raw bytes, and the message must end exactly at its length. The
 * reader counts the message against its DecodeLimits. A failure leaves through `decodeFailure`,
 * which names this message (and, coming out of a nested one, the field holding it) in the error.
 */
export function printDecode(ctx: PrintContext, message: DescMessage): void {
  const { f } = ctx;
  const reader = ctx.runtime("WireReader");
  const fields = fieldModels(message);
  const names = typeName(message);
  const nested = fields.filter((field) => field.kind === "message");
  f.print(
    decodeDoc(message),
    f.export("function", binaryFunctions(message).decode),
    "(input: ",
    reader,
    " | Uint8Array, length?: number): ",
    ctx.type(message),
    " {",
  );
  f.print("  const reader = input instanceof ", reader, " ? input : new ", reader, "(input);");
  f.print("  const end = reader.enter(length);");
  f.print("  const message = ", binaryFunctions(message).createBase, "();");
  f.print("  let tag = 0;");
  f.print("  try {");
  f.print("    while (reader.pos < end) {");
  f.print("      tag = reader.tag();");
  if (fields.length > 0) {
    f.print("      switch (tag >>> 3) {");
    for (const field of [...fields].sort((a, b) => a.number - b.number)) f.print(...fieldCase(ctx, field));
    f.print("      }");
  }
  f.print("      ", ctx.runtime("keepUnknownField"), "(message, tag, reader.skip(tag));");
  f.print("    }");
  f.print("    reader.leave(end);");
  f.print("  } catch (error) {");
  const table = nested.map((field) => `${field.number}: ${literal(field.property)}`).join(", ");
  const fieldTable = nested.length > 0 ? `, { ${table} }` : "";
  f.print(
    "    throw ",
    ctx.runtime("decodeFailure"),
    `(reader, error, ${literal(names)}, tag${fieldTable});`,
  );
  f.print("  }");
  f.print("  return message;");
  f.print("}");
  f.print();
}

/** Reads one value of the field. */
function readValue(ctx: PrintContext, field: FieldModel): Printable[] {
  if (field.kind === "message") {
    return [ctx.decodeFunction(field.message as DescMessage), "(reader, reader.length())"];
  }
  const facts = field.scalar as NonNullable<FieldModel["scalar"]>;
  return [`reader.${facts.method}(${facts.int64 ? literal(field.path) : ""})`];
}

/** Stores a value read into the message: assigns, pushes, or sets the oneof. */
function store(field: FieldModel, value: Printable[]): Printable[] {
  if (field.repeated) return [`message.${field.property}.push(`, ...value, ");"];
  if (field.oneof !== undefined) {
    return [
      `message.${propertyName(field.oneof as DescOneof)} = { $case: ${literal(field.property)}, value: `,
      ...value,
      " };",
    ];
  }
  return [`message.${field.property} = `, ...value, ";"];
}

function fieldCase(ctx: PrintContext, field: FieldModel): Printable[] {
  const out: Printable[] = [`        case ${field.number}:\n`];
  const packable = field.repeated && field.kind !== "message" && field.scalar?.packable === true;
  if (packable) {
    // Parsers accept a repeated scalar packed or not, whichever way it was declared.
    out.push(
      `          if (tag === ${valueTag(field)}) {\n            `,
      ...store(field, readValue(ctx, field)),
      "\n            continue;\n          }\n",
    );
    out.push(`          if (tag === ${packedTag(field)}) {\n`);
    out.push("            const listEnd = reader.length() + reader.pos;\n");
    out.push("            while (reader.pos < listEnd) ", ...store(field, readValue(ctx, field)), "\n");
    out.push("            reader.endPacked(listEnd);\n            continue;\n          }\n");
    out.push("          throw reader.wireTypeMismatch(tag);");
    return out;
  }
  out.push(`          if (tag !== ${valueTag(field)}) throw reader.wireTypeMismatch(tag);\n`);
  out.push("          ", ...store(field, readValue(ctx, field)), "\n");
  out.push("          continue;");
  return out;
}
