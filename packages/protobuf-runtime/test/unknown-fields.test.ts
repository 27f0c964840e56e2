// Unknown fields are written back at their field-number position among the known ones.
import { describe, expect, it } from "vitest";
import {
  keepUnknownField,
  pendingUnknownFields,
  WireReader,
  WireWriter,
  writeTag,
  writeUnknownFieldsBelow,
} from "../src/index.js";

describe("unknown fields", () => {
  it("are kept in arrival order per tag and written back interleaved by field number", () => {
    const message: { _unknownFields?: { [tag: number]: Uint8Array[] } } = {};
    // Field 3 (varint 7) twice and field 1 (string "a"), as a reader would skip them.
    const input = new Uint8Array([7, 8, 1, 0x61]);
    const reader = new WireReader(input);
    keepUnknownField(message, 3 << 3, reader.skip(3 << 3));
    keepUnknownField(message, 3 << 3, reader.skip(3 << 3));
    keepUnknownField(message, (1 << 3) | 2, reader.skip((1 << 3) | 2));
    expect(message._unknownFields).toEqual({
      24: [new Uint8Array([7]), new Uint8Array([8])],
      10: [new Uint8Array([1, 0x61])],
    });

    // A known field 2 between them: unknown field 1 goes before it, field 3 after.
    const writer = new WireWriter();
    const unknown = pendingUnknownFields(message._unknownFields);
    writeTag(writer, 16, unknown).uint32(5);
    if (unknown) writeUnknownFieldsBelow(writer, unknown, Number.POSITIVE_INFINITY);
    expect(writer.finish()).toEqual(new Uint8Array([10, 1, 0x61, 16, 5, 24, 7, 24, 8]));
  });

  it("cost nothing when there are none", () => {
    expect(pendingUnknownFields(undefined)).toBeUndefined();
    expect(pendingUnknownFields({})).toBeUndefined();
  });
});
