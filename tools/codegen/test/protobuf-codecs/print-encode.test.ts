// Encode order: by field number, with a oneof written as one block only when no other field's
// number falls among its members'.
import { describe, expect, it } from "vitest";
import { encodeUnits } from "../../src/generators/protobuf-codecs/print-encode.js";
import { fixtureRegistry } from "./fixture.js";

const registry = fixtureRegistry();

describe("encodeUnits", () => {
  it("orders declared-out-of-order fields by number", () => {
    const units = encodeUnits(registry.getMessage("fixture.shapes.Scalars")!);
    expect(units.map((unit) => unit.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it("splits a oneof interrupted by another field, keeps an uninterrupted one whole", () => {
    const units = encodeUnits(registry.getMessage("fixture.shapes.Choice")!);
    expect(units.map((unit) => `${unit.kind}:${unit.number}`)).toEqual([
      "field:1",
      "oneofMember:2",
      "oneofMember:3",
      "oneofMember:4",
      "field:5",
      "oneofMember:6",
      "oneof:7",
    ]);
  });
});
