/** The three bits of a tag that say how a field's value is laid out on the wire. */
export const WireType = {
  Varint: 0,
  Bit64: 1,
  LengthDelimited: 2,
  StartGroup: 3,
  EndGroup: 4,
  Bit32: 5,
} as const;

export type WireType = (typeof WireType)[keyof typeof WireType];
