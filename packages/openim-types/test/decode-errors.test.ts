// Malformed bytes fail with a ProtobufDecodeError whose path leads to the message being read,
// whose message says where reading stopped, and whose cause is the reader's own error.
import { describe, expect, it } from "vitest";
import { FfiResult } from "../src/gen/ffi.js";
import { GetAdvancedHistoryMessageListResp } from "../src/gen/message.js";
import { IMMessage } from "../src/gen/shared.js";
import { decodeFfiResult, FfiDecodeError, ProtobufDecodeError } from "../src/index.js";
import { varint } from "./support/wire-segments.js";

const bytes = (...parts: (number | number[] | Uint8Array | string)[]) =>
  new Uint8Array(
    parts.flatMap((p) =>
      typeof p === "string" ? [...new TextEncoder().encode(p)] : typeof p === "number" ? p : [...p],
    ),
  );
/** A length-delimited field: its tag (field number × 8 + 2) as a varint, the length, the payload. */
const field = (fieldNo: number, payload: Uint8Array) =>
  bytes(varint(fieldNo * 8 + 2), varint(payload.length), payload);

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

function decodeError(run: () => unknown): ProtobufDecodeError {
  const error = thrown(run);
  expect(error).toBeInstanceOf(ProtobufDecodeError);
  return error as ProtobufDecodeError;
}

const text = IMMessage.encode(
  IMMessage.fromPartial({ clientMsgID: "m1", content: { $case: "textElem", value: { content: "hello" } } }),
).finish();

describe("ProtobufDecodeError", () => {
  it("names the message, the byte and the input length for bytes cut short", () => {
    const error = decodeError(() => IMMessage.decode(text.subarray(0, text.length - 2)));
    expect(error.name).toBe("ProtobufDecodeError");
    expect(error.reason).toBe("truncated");
    // 0a 02 "m1" | ba 01 07 (textElem, 7 bytes): only 5 are left, so the length is refused where
    // it is read, before the nested message is entered; its bytes would start at 7.
    expect(error.path).toBe("IMMessage");
    expect(error.message).toBe("IMMessage: premature EOF at byte 7 of 12");
    expect(error.offset).toBe(7);
  });

  it("follows nested messages and repeated fields down to the one that failed", () => {
    // textElem.content (field 1, a string) sent as a varint, deep inside a history page
    const badText = field(23, bytes(0x08, 1));
    const quoteElem = field(2, bytes(0x0a, 2, "m1", badText)); // quoteMessage { clientMsgID, textElem }
    const message = field(34, quoteElem); // IMMessage.quoteElem
    const page = field(1, field(1, message)); // resp.getAdvancedHistoryMessageListCallback.messageList[0]
    const error = decodeError(() => GetAdvancedHistoryMessageListResp.decode(page));
    expect(error.path).toBe(
      "GetAdvancedHistoryMessageListResp.getAdvancedHistoryMessageListCallback.messageList.quoteElem.quoteMessage.textElem",
    );
    expect(error.reason).toBe("wire-type-mismatch");
    expect(error.message).toMatch(
      /^GetAdvancedHistoryMessageListResp\.[\w.]+: field 1 has wire type 0, which its declared type cannot have at byte \d+ of \d+$/,
    );
  });

  it("gives the top-level message alone when its own fields are at fault", () => {
    const error = decodeError(() => FfiResult.decode(bytes(0x22, 40, "abc")));
    expect(error.path).toBe("FfiResult");
    expect(error.message).toBe("FfiResult: premature EOF at byte 2 of 5");
  });

  it("says which field arrived with a wire type its declared type cannot have", () => {
    const error = decodeError(() => IMMessage.decode(bytes(0x08, 1)));
    expect(error.message).toBe(
      "IMMessage: field 1 has wire type 0, which its declared type cannot have at byte 1 of 2",
    );
    const nested = decodeError(() => IMMessage.decode(field(23, bytes(0x08, 1)))); // textElem.content as a varint
    expect(nested.message).toBe(
      "IMMessage.textElem: field 1 has wire type 0, which its declared type cannot have at byte 4 of 5",
    );
    expect(nested.detail).toBe("field 1 has wire type 0, which its declared type cannot have");
  });

  it("reports the reader's own refusals: wire type 7, invalid UTF-8, a runaway varint", () => {
    const wireType7 = decodeError(() => IMMessage.decode(bytes(varint(14 * 8 + 7))));
    expect(wireType7.message).toBe("IMMessage: invalid tag (wire type 7) at byte 1 of 1");
    expect(wireType7.reason).toBe("invalid-tag");
    const utf8 = decodeError(() => IMMessage.decode(bytes(0x0a, 2, 0xc3, 0x28)));
    expect(utf8.reason).toBe("invalid-utf8");
    expect(utf8.cause).toBeInstanceOf(TypeError);
    const runaway = decodeError(() => IMMessage.decode(new Uint8Array(16).fill(0xff)));
    expect(runaway.reason).toBe("invalid-tag");
    expect(runaway.message).toBe("IMMessage: a tag beyond 32 bits at byte 0 of 16");
  });

  it("leaves an int64 beyond 2^53 a RangeError naming the field, even in a nested message", () => {
    const seq = bytes(0x78, varint(2n ** 60n)); // IMMessage.seq (15)
    const quoted = field(34, field(2, seq)); // quoteElem.quoteMessage.seq
    const error = thrown(() => IMMessage.decode(quoted));
    expect(error).toBeInstanceOf(RangeError);
    expect(error).not.toBeInstanceOf(ProtobufDecodeError);
    expect((error as Error).message).toBe(
      "IMMessage.seq: 1152921504606846976 is beyond ±(2^53-1) and cannot be a number exactly",
    );
  });

  it("is the cause of an FfiDecodeError for a malformed envelope", () => {
    const error = thrown(() => decodeFfiResult(bytes(0x22, 40, "abc")));
    expect(error).toBeInstanceOf(FfiDecodeError);
    expect((error as Error).message).toBe("malformed FfiResult: FfiResult: premature EOF at byte 2 of 5");
    expect((error as Error).cause).toBeInstanceOf(ProtobufDecodeError);
  });
});
