// Names in generated code: as the codecs have always spelled them.
import { describe, expect, it } from "vitest";
import {
  binaryFunctions,
  enumJsonFunctions,
  fieldPath,
  jsonNames,
  propertyName,
  typeName,
} from "../../src/generators/protobuf-codecs/names.js";
import { fixtureRegistry } from "./fixture.js";

const registry = fixtureRegistry();
const message = (name: string) => registry.getMessage(`fixture.shapes.${name}`)!;

describe("names", () => {
  it("joins nested types with _ and camelCases snake_case parts only", () => {
    expect(typeName(message("Outer.Middle.Inner"))).toBe("Outer_Middle_Inner");
    expect(typeName(registry.getEnum("fixture.shapes.Outer.Middle.Inner.Level")!)).toBe(
      "Outer_Middle_Inner_Level",
    );
    expect(typeName(message("snake_case_message"))).toBe("snakeCaseMessage");
    expect(typeName(message("jsLowerCase"))).toBe("jsLowerCase");
    expect(typeName(message("Object"))).toBe("Object$");
  });

  it("names fields by their camelCased proto name, JSON by protoc's json_name", () => {
    const snake = message("snake_case_message");
    const [snakeField, custom] = snake.fields;
    expect(propertyName(snakeField!)).toBe("snakeField");
    expect(jsonNames(snakeField!)).toEqual(["snakeField", "snake_field"]);
    expect(jsonNames(custom!)).toEqual(["renamed", "custom"]);
    expect(jsonNames(message("Scalars").fields[0]!)).toEqual(["text"]);
    expect(fieldPath(custom!)).toBe("snakeCaseMessage.custom");
  });

  it("names the helper functions after the type", () => {
    expect(enumJsonFunctions(registry.getEnum("fixture.shapes.Outer.Middle.Inner.Level")!)).toEqual({
      fromJson: "outer_Middle_Inner_LevelFromJSON",
      toJson: "outer_Middle_Inner_LevelToJSON",
    });
    expect(binaryFunctions(message("jsLowerCase"))).toEqual({
      encode: "encodejsLowerCase",
      decode: "decodejsLowerCase",
      createBase: "createBasejsLowerCase",
    });
  });
});
