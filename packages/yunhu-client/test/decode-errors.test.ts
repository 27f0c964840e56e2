// Protobuf answers that cannot be decoded fail with a ProtobufDecodeError whose path leads to the
// message being read and whose cause is the reader's own error.
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
  it("names the nested message a truncated answer stops in", () => {
    const error = decodeError(() => msg.listMessage.decode(page.subarray(0, page.length - 2)));
    expect(error.name).toBe("ProtobufDecodeError");
    expect(error.path).toBe("listMessage.msg.sender.tag");
    expect(error.message).toBe("listMessage.msg.sender.tag: premature EOF at byte 33 of 36");
    expect(error.offset).toBeLessThanOrEqual(page.length - 2);
    expect(error.cause).toBeInstanceOf(RangeError);
  });

  it("names the top-level message for garbage in its own fields", () => {
    // field 1 (status) announced with wire type 7
    const error = decodeError(() => msg.listMessage.decode(new Uint8Array([0x0f, 0x00])));
    expect(error.path).toBe("listMessage");
    expect(error.message).toBe(
      "listMessage: field 1 has wire type 7, which its declared type cannot have at byte 1 of 2",
    );
    expect((error.cause as Error).message).toMatch(/^listMessage: field 1 has wire type 7/);
  });

  it("wraps an unknown field the reader cannot skip", () => {
    const error = decodeError(() => msg.Msg.decode(new Uint8Array([0x0a, 1, 0x61, 0x7f])));
    expect(error.message).toBe("Msg: cant skip wire type 7 at byte 4 of 4");
  });

  it("leaves a uint64 beyond 2^53 a RangeError naming the field", () => {
    // Msg.send_time (6) = 2^63
    const bytes = new Uint8Array([0x30, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);
    expect(() => msg.Msg.decode(bytes)).toThrow(RangeError);
    expect(() => msg.Msg.decode(bytes)).toThrow(/^Msg\.sendTime: 9223372036854775808 is beyond/);
  });
});
