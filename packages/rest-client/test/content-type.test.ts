import { describe, expect, it } from "vitest";
import {
  ContentType,
  type ContentTypeName,
  contentTypeName,
  contentTypeOf,
  isContentTypeName,
  isMessageStatus,
  TargetType,
} from "../src/index.js";

describe("ContentType", () => {
  it("numbers the kinds as the vendor does", () => {
    expect(ContentType).toEqual({
      TEXT: 0,
      IMAGE: 1,
      AUDIO: 2,
      VIDEO: 3,
      FILE: 4,
      LOCATION: 5,
      COMMAND: 6,
      FORWARD: 7,
    });
    expect(TargetType).toEqual({ USER: 1, GROUP: 2 });
  });

  it("maps numbers to ctype names and back", () => {
    for (const [name, value] of Object.entries(ContentType)) {
      expect(contentTypeName(value)).toBe(name);
      expect(contentTypeOf(name as ContentTypeName)).toBe(value);
    }
  });

  it("rejects unknown values", () => {
    expect(() => contentTypeName(8 as ContentType)).toThrow(RangeError);
    expect(() => contentTypeOf("STICKER" as ContentTypeName)).toThrow(RangeError);
    expect(() => contentTypeOf("toString" as ContentTypeName)).toThrow(RangeError);
  });

  it("recognises received ctype and status strings", () => {
    expect(isContentTypeName("FORWARD")).toBe(true);
    expect(isContentTypeName("text")).toBe(false);
    expect(isContentTypeName(1)).toBe(false);
    expect(["UNREAD", "DELIVERED", "READ", "SEEN", null].map(isMessageStatus)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
