// Protobuf answers that cannot be decoded fail with a ProtobufDecodeError whose path leads to the
// message being read and whose reason says what was wrong.
import { describe, expect, it } from "vitest";
import { msg, ProtobufDecodeError } from "../src/index.js";

function decodeError(run: () => unknown): ProtobufDecodeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProtobufDecodeError);
    return error as ProtobufDecodeError;
  }
  throw new Error("expected a throw");
}

const page = msg.listMessage
  .encode(
    msg.listMessage.fromPartial({
      status: { code: 1 },
      msg: [
        { msgId: "a", content: { text: "first" } },
        { msgId: "b", sender: { chatId: "u1", tag: [{ text: "admin" }] } },
      ],
    }),
  )
  .finish();

describe("ProtobufDecodeError from the yunhu codecs", () => {
  it("refuses a length prefix running past the end where it is read", () => {
    const error = decodeError(() => msg.listMessage.decode(page.subarray(0, page.length - 2)));
    expect(error.name).toBe("ProtobufDecodeError");
    expect(error.reason).toBe("truncated");
    expect(error.path).toBe("listMessage");
    expect(error.offset).toBeLessThanOrEqual(page.length - 2);
  });

  it("names the nested message whose bytes are at fault", () => {
    // The tag's text (0x61 "admin") turned into invalid UTF-8: the last message's sender's tag.
    const corrupt = page.slice();
    corrupt[corrupt.lastIndexOf(0x61)] = 0xff;
    const error = decodeError(() => msg.listMessage.decode(corrupt));
    expect(error.path).toBe("listMessage.msg.sender.tag");
    expect(error.reason).toBe("invalid-utf8");
    expect(error.message).toMatch(
      /^listMessage\.msg\.sender\.tag: a string that is not valid UTF-8 at byte \d+ of \d+$/,
    );
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it("names the top-level message for garbage in its own fields", () => {
    // field 1 (status) announced with wire type 7
    const error = decodeError(() => msg.listMessage.decode(new Uint8Array([0x0f, 0x00])));
    expect(error.path).toBe("listMessage");
    expect(error.reason).toBe("wire-type-mismatch");
    expect(error.message).toBe(
      "listMessage: field 1 has wire type 7, which its declared type cannot have at byte 1 of 2",
    );
  });

  it("refuses an unknown field the reader cannot skip", () => {
    const error = decodeError(() => msg.Msg.decode(new Uint8Array([0x0a, 1, 0x61, 0x7f])));
    expect(error.reason).toBe("invalid-tag");
    expect(error.message).toBe("Msg: invalid tag (wire type 7) at byte 4 of 4");
  });

  it("leaves a uint64 beyond 2^53 a RangeError naming the field", () => {
    // Msg.send_time (6) = 2^63
    const bytes = new Uint8Array([0x30, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);
    expect(() => msg.Msg.decode(bytes)).toThrow(RangeError);
    expect(() => msg.Msg.decode(bytes)).toThrow(/^Msg\.sendTime: 9223372036854775808 is beyond/);
  });
});
