import type { DescEnum, DescField, DescMessage, DescOneof } from "@bufbuild/protobuf";
import { fieldPath, propertyName } from "./names.js";
import { enumFacts, type ScalarFacts, scalarFacts } from "./scalars.js";

/** One field, reduced to what the printers branch on. */
export interface FieldModel {
  readonly desc: DescField;
  /** The TypeScript property (a oneof member's `$case`). */
  readonly property: string;
  /** `"IMMessage.seq"`, for errors. */
  readonly path: string;
  readonly number: number;
  readonly kind: "scalar" | "enum" | "message";
  readonly repeated: boolean;
  /** proto3 `optional`: explicit presence, so a set zero value is written. */
  readonly optional: boolean;
  /** The oneof this field is a member of. */
  readonly oneof: DescOneof | undefined;
  /** Wire facts of a scalar or enum value. */
  readonly scalar: ScalarFacts | undefined;
  readonly message: DescMessage | undefined;
  readonly enum: DescEnum | undefined;
  /** A repeated scalar or enum written as one length-delimited list. */
  readonly packed: boolean;
}

export function fieldModel(desc: DescField): FieldModel {
  const common = {
    desc,
    property: propertyName(desc),
    path: fieldPath(desc),
    number: desc.number,
    oneof: desc.fieldKind === "list" ? undefined : desc.oneof,
    optional: desc.proto.proto3Optional === true,
  };
  switch (desc.fieldKind) {
    case "scalar":
      return {
        ...common,
        kind: "scalar",
        repeated: false,
        scalar: scalarFacts(desc.scalar),
        message: undefined,
        enum: undefined,
        packed: false,
      };
    case "enum":
      return {
        ...common,
        kind: "enum",
        repeated: false,
        scalar: enumFacts,
        message: undefined,
        enum: desc.enum,
        packed: false,
      };
    case "message":
      return {
        ...common,
        kind: "message",
        repeated: false,
        scalar: undefined,
        message: desc.message,
        enum: undefined,
        packed: false,
      };
    case "list":
      if (desc.listKind === "message") {
        return {
          ...common,
          kind: "message",
          repeated: true,
          scalar: undefined,
          message: desc.message,
          enum: undefined,
          packed: false,
        };
      }
      if (desc.listKind === "enum") {
        return {
          ...common,
          kind: "enum",
          repeated: true,
          scalar: enumFacts,
          message: undefined,
          enum: desc.enum,
          packed: desc.packed,
        };
      }
      return {
        ...common,
        kind: "scalar",
        repeated: true,
        scalar: scalarFacts(desc.scalar),
        message: undefined,
        enum: undefined,
        packed: desc.packed && scalarFacts(desc.scalar).packable,
      };
    case "map":
      throw new Error(`${common.path}: map fields are not supported`);
  }
}

/** A tag: field number × 8 + wire type, as the unsigned number a varint carries. */
export function tagOf(number: number, wireType: number): number {
  return ((number << 3) | wireType) >>> 0;
}

/** The tag of one value of the field (unpacked). */
export function valueTag(field: FieldModel): number {
  return tagOf(field.number, field.kind === "message" ? 2 : (field.scalar as ScalarFacts).wireType);
}

/** The tag of the packed form of a repeated scalar. */
export function packedTag(field: FieldModel): number {
  return tagOf(field.number, 2);
}

/** The fields of a message, in declaration order. */
export function fieldModels(message: DescMessage): FieldModel[] {
  return message.fields.map(fieldModel);
}
