// int64 fields are numbers holding safe integers; anything a number cannot hold exactly is a
// RangeError naming the field, whichever way the value travels.
import { describe, expect, it } from "vitest";
import { FfiRequest, FfiResult } from "../src/gen/ffi.js";
import { IMMessage, PictureBaseInfo } from "../src/gen/shared.js";
import { encodeFfiRequest, FfiEncodeError } from "../src/index.js";
import { varint } from "./support/wire-segments.js";

const withSeq = (seq: number) => ({ ...IMMessage.create(), seq });
// IMMessage.seq is field 15, a varint: tag 120.
const seqBytes = (value: bigint) => new Uint8Array([120, ...varint(BigInt.asUintN(64, value))]);

describe("decode", () => {
  it("keeps every value within ±(2^53-1) exactly", () => {
    for (const seq of [0, 1, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1, -(2 ** 53 - 1)]) {
      expect(IMMessage.decode(seqBytes(BigInt(seq))).seq).toBe(seq);
    }
  });

  it("rejects the first values beyond, naming the field", () => {
    for (const seq of [2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n)]) {
      expect(() => IMMessage.decode(seqBytes(seq))).toThrow(RangeError);
      expect(() => IMMessage.decode(seqBytes(seq))).toThrow(`IMMessage.seq: ${seq} is beyond ±(2^53-1)`);
    }
  });

  it("treats uint64 as unsigned", () => {
    // FfiResult.handleID (field 5): the varint of -1 is 2^64 - 1 for a uint64
    const bytes = new Uint8Array([40, ...varint(2n ** 64n - 1n)]);
    expect(() => FfiResult.decode(bytes)).toThrow("FfiResult.handleID: 18446744073709551615");
  });
});

describe("encode", () => {
  it("writes safe integers", () => {
    expect(IMMessage.decode(IMMessage.encode(withSeq(2 ** 53 - 1)).finish()).seq).toBe(2 ** 53 - 1);
  });

  it("rejects what is not a safe integer, naming the field", () => {
    for (const seq of [2 ** 53, -(2 ** 53), 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => IMMessage.encode(withSeq(seq))).toThrow(RangeError);
      expect(() => IMMessage.encode(withSeq(seq))).toThrow(/^IMMessage\.seq: .* is not an integer within/);
    }
    const picture = { ...PictureBaseInfo.create(), size: 2 ** 60 };
    expect(() => PictureBaseInfo.encode(picture)).toThrow(/^PictureBaseInfo\.size: /);
  });

  it("rejects negative uint64", () => {
    const request = { ...FfiRequest.create(), handleID: -1 };
    expect(() => FfiRequest.encode(request)).toThrow("FfiRequest.handleID: -1 is not a non-negative integer");
  });

  it("reports it through the FFI envelope too", () => {
    const encode = () =>
      encodeFfiRequest("CreateForwardMessage", { message: withSeq(2 ** 54) }, { handleID: 1 });
    expect(encode).toThrow(FfiEncodeError);
    expect(encode).toThrow(/CreateForwardMessage request: IMMessage\.seq/);
    expect(() => encodeFfiRequest("CreateTextMessage", { text: "" }, { handleID: 2 ** 53 })).toThrow(
      /FfiRequest\.handleID/,
    );
  });
});

describe("fromJSON", () => {
  it("accepts int64 as a number or a decimal string, as proto3 JSON writes it", () => {
    expect(IMMessage.fromJSON({ seq: 42 }).seq).toBe(42);
    expect(IMMessage.fromJSON({ seq: "-9007199254740991" }).seq).toBe(-(2 ** 53 - 1));
    expect(IMMessage.fromJSON(IMMessage.toJSON(withSeq(2 ** 53 - 1))).seq).toBe(2 ** 53 - 1);
  });

  it("rejects what a number cannot hold or that is not an integer", () => {
    expect(() => IMMessage.fromJSON({ seq: "9007199254740993" })).toThrow(
      "IMMessage.seq: 9007199254740993 is not an int64 within ±(2^53-1)",
    );
    for (const seq of ["4.2", "12abc", 1e21, 0.5, true]) {
      expect(() => IMMessage.fromJSON({ seq })).toThrow(RangeError);
    }
    expect(() => FfiRequest.fromJSON({ handleID: "-3" })).toThrow(/^FfiRequest\.handleID: -3/);
  });
});
