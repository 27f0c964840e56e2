import { ScalarType } from "@bufbuild/protobuf";

/** What generated code needs to know about one scalar type. */
export interface ScalarFacts {
  /** The TypeScript type of a value. */
  readonly tsType: "number" | "string" | "boolean" | "Uint8Array";
  /** The default (proto3 zero) value as an expression. */
  readonly zero: string;
  /** The wire type of one value. */
  readonly wireType: 0 | 1 | 2 | 5;
  /** The WireWriter and WireReader method. */
  readonly method: string;
  /** 64-bit integers: held as exact numbers, their reads and writes name the field. */
  readonly int64: boolean;
  /** Unsigned 64-bit: negative values are refused. */
  readonly unsigned: boolean;
  /** float and double: -0 is data (the sign bit), so it is written. */
  readonly floatingPoint: boolean;
  /** Repeated fields of this type are packed in proto3. */
  readonly packable: boolean;
}

const number = {
  tsType: "number",
  zero: "0",
  int64: false,
  unsigned: false,
  floatingPoint: false,
  packable: true,
} as const;

const facts: Record<ScalarType, ScalarFacts> = {
  [ScalarType.DOUBLE]: { ...number, wireType: 1, method: "double", floatingPoint: true },
  [ScalarType.FLOAT]: { ...number, wireType: 5, method: "float", floatingPoint: true },
  [ScalarType.INT64]: { ...number, wireType: 0, method: "int64", int64: true },
  [ScalarType.UINT64]: { ...number, wireType: 0, method: "uint64", int64: true, unsigned: true },
  [ScalarType.INT32]: { ...number, wireType: 0, method: "int32" },
  [ScalarType.FIXED64]: { ...number, wireType: 1, method: "fixed64", int64: true, unsigned: true },
  [ScalarType.FIXED32]: { ...number, wireType: 5, method: "fixed32" },
  [ScalarType.BOOL]: { ...number, tsType: "boolean", zero: "false", wireType: 0, method: "bool" },
  [ScalarType.STRING]: {
    ...number,
    tsType: "string",
    zero: '""',
    wireType: 2,
    method: "string",
    packable: false,
  },
  [ScalarType.BYTES]: {
    ...number,
    tsType: "Uint8Array",
    zero: "new globalThis.Uint8Array(0)",
    wireType: 2,
    method: "bytes",
    packable: false,
  },
  [ScalarType.UINT32]: { ...number, wireType: 0, method: "uint32" },
  [ScalarType.SFIXED32]: { ...number, wireType: 5, method: "sfixed32" },
  [ScalarType.SFIXED64]: { ...number, wireType: 1, method: "sfixed64", int64: true },
  [ScalarType.SINT32]: { ...number, wireType: 0, method: "sint32" },
  [ScalarType.SINT64]: { ...number, wireType: 0, method: "sint64", int64: true },
};

export function scalarFacts(type: ScalarType): ScalarFacts {
  return facts[type];
}

/** An enum value travels as an int32 varint. */
export const enumFacts: ScalarFacts = facts[ScalarType.INT32];
