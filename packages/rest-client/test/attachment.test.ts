import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Attachment, AttachmentError, buildAttachment, parseAttachment } from "../src/index.js";

describe("parseAttachment", () => {
  it("reads the vendor's voice and image examples", () => {
    expect(
      parseAttachment(
        '{"url":"https://cdn.example/m" ,"dName":"1658890327124.amr","fLen":1670,"duration":1}',
      ),
    ).toEqual({
      url: "https://cdn.example/m",
      dName: "1658890327124.amr",
      fLen: 1670,
      duration: 1,
    });
    expect(
      parseAttachment(
        '{"url":"https://cdn.example/m","dName":"1646751218948","fLen":508728,"width":828.0,"height":828.0}',
      ),
    ).toEqual({
      url: "https://cdn.example/m",
      dName: "1646751218948",
      fLen: 508728,
      width: 828,
      height: 828,
    });
  });

  it("keeps keys it does not know", () => {
    expect(parseAttachment('{"url":"u","thumb":"t"}')).toEqual({ url: "u", thumb: "t" });
  });

  it.each([
    ["not JSON", "url=https://x", /attachment is not valid JSON/],
    ["an empty string", "", /attachment is not valid JSON/],
    ["a JSON array", "[]", /attachment must be an object/],
    ["a number", "5", /attachment must be an object/],
    ["missing url", '{"dName":"a"}', /attachment\.url is required/],
    ["an empty url", '{"url":""}', /attachment\.url must have at least 1 characters/],
    ["a fractional fLen", '{"url":"u","fLen":1.5}', /attachment\.fLen must be an integer/],
    ["a negative duration", '{"url":"u","duration":-1}', /attachment\.duration must be >= 0/],
    ["a string width", '{"url":"u","width":"828"}', /attachment\.width must be a number/],
  ])("rejects %s with AttachmentError", (_name, text, reason) => {
    expect(() => parseAttachment(text)).toThrow(AttachmentError);
    expect(() => parseAttachment(text)).toThrow(reason);
  });
});

describe("buildAttachment", () => {
  it("encodes as JSON", () => {
    expect(buildAttachment({ url: "https://cdn/x.png", width: 828, height: 828 })).toBe(
      '{"url":"https://cdn/x.png","width":828,"height":828}',
    );
  });

  it("rejects malformed attachments clearly", () => {
    expect(() => buildAttachment({ url: "u", fLen: -3 })).toThrow(/attachment\.fLen must be >= 0/);
    expect(() => buildAttachment({} as Attachment)).toThrow(AttachmentError);
  });

  it("round-trips every valid attachment", () => {
    const size = fc.nat();
    const measure = fc.double({ min: 0, max: 1e6, noNaN: true });
    const attachment = fc.record(
      {
        url: fc.string({ minLength: 1 }),
        dName: fc.string(),
        fLen: size,
        duration: measure,
        width: measure,
        height: measure,
      },
      { requiredKeys: ["url"] },
    );
    fc.assert(
      fc.property(attachment, (value) => {
        expect(parseAttachment(buildAttachment(value))).toEqual(value);
      }),
    );
  });
});
