// Bytes Google's parsers refuse are refused here too, and objects nested too deep fail with a
// typed error instead of overflowing the stack. Each case is hostile input built by hand.
import { describe, expect, it } from "vitest";
import { FfiResult } from "../src/gen/ffi.js";
import {
  GetAdvancedHistoryMessageListCallback,
  GetAdvancedHistoryMessageListResp,
} from "../src/gen/message.js";
import { IMMessage, QuoteElem } from "../src/gen/shared.js";
import {
  isProtobufDecodeError,
  isProtobufNestingError,
  type ProtobufDecodeError,
  WireReader,
} from "../src/index.js";
import { varint } from "./support/wire-segments.js";

const bytes = (...parts: (number | number[])[]) => new Uint8Array(parts.flat());

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

function decodeFailure(run: () => unknown): ProtobufDecodeError {
  const error = thrown(run);
  expect(isProtobufDecodeError(error)).toBe(true);
  return error as ProtobufDecodeError;
}

/** An eleven-byte varint, and a ten-byte one with bits beyond 64. */
const overlong = [...new Array(10).fill(0x80), 0x01];
const beyond64 = [...new Array(9).fill(0xff), 0x7f];

describe("over-long varints", () => {
  it("in an unknown field are refused, not kept and written back", () => {
    // field 14 is not declared in IMMessage
    for (const value of [overlong, beyond64]) {
      const error = decodeFailure(() => IMMessage.decode(bytes(0x0a, 1, 0x61, varint(14 << 3), value)));
      expect(error.reason).toBe("invalid-varint");
      expect(error.path).toBe("IMMessage");
      expect(error.offset).toBe(4);
    }
  });

  it("in a declared field, whatever its type", () => {
    expect(decodeFailure(() => IMMessage.decode(bytes(0x78, overlong))).reason).toBe("invalid-varint"); // seq, int64
    expect(decodeFailure(() => IMMessage.decode(bytes(0x28, overlong))).reason).toBe("invalid-varint"); // sessionType, enum
    expect(decodeFailure(() => IMMessage.decode(bytes(0x80, 0x01, beyond64))).reason).toBe("invalid-varint"); // isRead, bool
  });

  it("in a tag", () => {
    expect(
      decodeFailure(() => IMMessage.decode(bytes(0x8a, 0x80, 0x80, 0x80, 0x80, 0x00, 1, 0x61))).reason,
    ).toBe("invalid-tag");
  });
});

describe("length prefixes", () => {
  it("of 2^32 or more are refused, not cut to their low 32 bits", () => {
    // clientMsgID with length 2^32 + 1: the low 32 bits (1) would take "a" and decode.
    const error = decodeFailure(() => IMMessage.decode(bytes(0x0a, varint(2n ** 32n + 1n), 0x61)));
    expect(error.reason).toBe("invalid-length");
    // The same for a nested message and for an unknown length-delimited field.
    expect(decodeFailure(() => IMMessage.decode(bytes(0x92, 0x01, varint(2n ** 32n), 0))).reason).toBe(
      "invalid-length",
    );
    expect(
      decodeFailure(() => IMMessage.decode(bytes(0x72, varint(2n ** 35n + 2n), 0x61, 0x62))).reason,
    ).toBe("invalid-length");
  });

  it("running past the end are refused where they are read", () => {
    const error = decodeFailure(() => FfiResult.decode(bytes(0x22, 100, 1, 2, 3)));
    expect(error).toMatchObject({ reason: "truncated", path: "FfiResult", offset: 2 });
  });
});

describe("field numbers", () => {
  it("0 is refused in a known position and as an unknown field", () => {
    expect(decodeFailure(() => IMMessage.decode(bytes(0x02, 0x00))).reason).toBe("invalid-tag");
    expect(decodeFailure(() => IMMessage.decode(bytes(0x00))).reason).toBe("invalid-tag");
  });
});

describe("decode limits", () => {
  /** A history page of `count` messages, each a text message (three messages deep). */
  const page = (count: number) =>
    GetAdvancedHistoryMessageListResp.encode(
      GetAdvancedHistoryMessageListResp.fromPartial({
        getAdvancedHistoryMessageListCallback: {
          messageList: Array.from({ length: count }, (_, i) => ({
            clientMsgID: `m${i}`,
            content: { $case: "textElem", value: { content: "hi" } },
          })),
        },
      }),
    ).finish();

  it("count every message against maxMessages", () => {
    const input = page(10); // 1 response + 1 callback + 10 messages + 10 text elements
    expect(
      GetAdvancedHistoryMessageListResp.decode(new WireReader(input, { maxMessages: 22 })),
    ).toBeDefined();
    const error = decodeFailure(() =>
      GetAdvancedHistoryMessageListResp.decode(new WireReader(input, { maxMessages: 21 })),
    );
    expect(error.reason).toBe("too-many-messages");
    expect(error.path).toMatch(/^GetAdvancedHistoryMessageListResp\.getAdvancedHistoryMessageListCallback/);
  });

  it("stop a flood of empty entries before it fills memory", () => {
    // 200,000 empty IMMessages: 400 KB on the wire, 200,000 objects decoded.
    const flood = new Uint8Array(200_000 * 2);
    for (let i = 0; i < flood.length; i += 2) flood[i] = 0x0a; // messageList (1), length 0
    const error = decodeFailure(() => GetAdvancedHistoryMessageListCallback.decode(flood));
    expect(error.reason).toBe("too-many-messages");
    expect(error.message).toBe(
      "GetAdvancedHistoryMessageListCallback: more than 100000 messages at byte 200000 of 400000",
    );
  });

  it("honour maxDepth, nested messages counted from the outermost", () => {
    let inner = IMMessage.encode(IMMessage.fromPartial({ clientMsgID: "bottom" })).finish();
    for (let depth = 0; depth < 5; depth++) {
      inner = QuoteElem.encode({ ...QuoteElem.create(), quoteMessage: IMMessage.decode(inner) })
        .finish()
        .slice();
      inner = IMMessage.encode(
        IMMessage.fromPartial({ content: { $case: "quoteElem", value: QuoteElem.decode(inner) } }),
      )
        .finish()
        .slice();
    }
    // 11 messages deep: 5 × (IMMessage, QuoteElem) around the bottom one.
    expect(IMMessage.decode(new WireReader(inner, { maxDepth: 11 }))).toBeDefined();
    expect(decodeFailure(() => IMMessage.decode(new WireReader(inner, { maxDepth: 10 }))).reason).toBe(
      "too-deep",
    );
  });
});

describe("deep objects handed to the codecs", () => {
  /** A chain of IMMessages quoting each other, `depth` quotes deep, as plain objects. */
  function quoteChain(depth: number) {
    let message = IMMessage.create({ clientMsgID: "bottom" });
    for (let i = 0; i < depth; i++) {
      message = {
        ...IMMessage.create(),
        content: { $case: "quoteElem", value: { ...QuoteElem.create(), quoteMessage: message } },
      };
    }
    return message;
  }

  it("10,000 levels fail with ProtobufNestingError, not 'Maximum call stack size exceeded'", () => {
    const deep = quoteChain(10_000);
    for (const run of [
      () => IMMessage.encode(deep),
      () => IMMessage.toJSON(deep),
      () => IMMessage.fromPartial(deep),
    ]) {
      const error = thrown(run);
      expect(isProtobufNestingError(error)).toBe(true);
      expect(error).toBeInstanceOf(RangeError);
    }
    let json: unknown = { clientMsgID: "bottom" };
    for (let i = 0; i < 10_000; i++) json = { quoteElem: { quoteMessage: json } };
    expect(isProtobufNestingError(thrown(() => IMMessage.fromJSON(json)))).toBe(true);
  });

  it("a cycle fails the same way", () => {
    const message = IMMessage.create();
    const quote = { ...QuoteElem.create(), quoteMessage: message };
    message.content = { $case: "quoteElem", value: quote };
    expect(isProtobufNestingError(thrown(() => IMMessage.encode(message)))).toBe(true);
    expect(isProtobufNestingError(thrown(() => IMMessage.toJSON(message)))).toBe(true);
    expect(isProtobufNestingError(thrown(() => IMMessage.fromPartial(message)))).toBe(true);
  });

  it("shallow chains still work both ways", () => {
    const chain = quoteChain(30);
    expect(IMMessage.decode(IMMessage.encode(chain).finish())).toEqual(IMMessage.fromPartial(chain));
    expect(IMMessage.fromJSON(IMMessage.toJSON(chain))).toEqual(
      IMMessage.fromJSON(IMMessage.toJSON(IMMessage.fromPartial(chain))),
    );
  });
});
