/** Protobuf leaves unset strings empty and unset numbers zero; the model leaves such fields out. */
export function optionalString(value: string | undefined): string | undefined {
  return value === "" ? undefined : value;
}

export function optionalNumber(value: number | undefined): number | undefined {
  return value === 0 ? undefined : value;
}
