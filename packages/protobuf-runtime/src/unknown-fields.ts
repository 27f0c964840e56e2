import type { WireWriter } from "./wire-writer.js";

/**
 * Fields a newer schema added, kept by `decode` as raw bytes keyed by tag and written back by
 * `encode` at their field-number position, so decode → encode gives back the same bytes.
 */
export type UnknownFields = { [tag: number]: Uint8Array[] };

/** A message's unknown fields in field-number order, written back as encoding reaches their place. */
export interface UnknownFieldQueue {
  readonly tags: number[];
  readonly values: Uint8Array[];
  next: number;
}

/** The queue of a message's unknown fields, or undefined when it has none (the usual case). */
export function pendingUnknownFields(fields: UnknownFields | undefined): UnknownFieldQueue | undefined {
  if (fields === undefined) return undefined;
  for (const _ in fields) {
    const tags: number[] = [];
    const values: Uint8Array[] = [];
    const sorted = Object.keys(fields)
      .map(Number)
      .sort((a, b) => a - b);
    for (const tag of sorted) {
      for (const value of fields[tag] as Uint8Array[]) {
        tags.push(tag);
        values.push(value);
      }
    }
    return { tags, values, next: 0 };
  }
  return undefined;
}

/** Writes the queued unknown fields numbered below `fieldNo` (all of them for Infinity). */
export function writeUnknownFieldsBelow(
  writer: WireWriter,
  unknown: UnknownFieldQueue,
  fieldNo: number,
): void {
  while (unknown.next < unknown.tags.length && (unknown.tags[unknown.next] as number) >>> 3 < fieldNo) {
    writer.uint32(unknown.tags[unknown.next] as number).raw(unknown.values[unknown.next] as Uint8Array);
    unknown.next++;
  }
}

/** Writes a known field's tag, after the unknown fields whose numbers come before it. */
export function writeTag(
  writer: WireWriter,
  tag: number,
  unknown: UnknownFieldQueue | undefined,
): WireWriter {
  if (unknown !== undefined) writeUnknownFieldsBelow(writer, unknown, tag >>> 3);
  return writer.uint32(tag);
}

/** Keeps the bytes of an unknown field (from `reader.skip(tag)`) on the message being decoded. */
export function keepUnknownField(
  message: { _unknownFields?: UnknownFields | undefined },
  tag: number,
  value: Uint8Array,
): void {
  message._unknownFields ??= {};
  const fields = message._unknownFields;
  const list = fields[tag];
  if (list === undefined) fields[tag] = [value];
  else list.push(value);
}
