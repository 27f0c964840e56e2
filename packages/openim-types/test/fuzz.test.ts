// Decoding arbitrary, truncated and corrupted bytes: every outcome is either an Error or a message
// that re-encodes consistently. FUZZ_RUNS raises the number of cases (`pnpm fuzz` runs 100× more).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventOnRecvNewMessageData, type FuncRequestEventName } from "../src/gen/event.js";
import { FfiRequest, FfiResult, type MessageFns } from "../src/gen/ffi.js";
import { GetAdvancedHistoryMessageListResp, SendMessageReq } from "../src/gen/message.js";
import { IMMessage } from "../src/gen/shared.js";
import { decodeFfiRequest, decodeFfiResult } from "../src/index.js";
import { historyPage, imMessage, sendMessageReq } from "./support/arbitraries.js";
import {
  canonicalBytes,
  fieldSegments,
  imMessageUnknownNumbers,
  unknownSegment,
} from "./support/wire-segments.js";

const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
/** Generous per-test budget that grows with the run count; a hang still fails. */
const timeout = Math.max(120_000, numRuns * 120);

// biome-ignore lint/suspicious/noExplicitAny: the table pairs each codec with its own message type
const codecs: [string, MessageFns<any>][] = [
  ["IMMessage", IMMessage],
  ["EventOnRecvNewMessageData", EventOnRecvNewMessageData],
  ["SendMessageReq", SendMessageReq],
  ["GetAdvancedHistoryMessageListResp", GetAdvancedHistoryMessageListResp],
  ["FfiRequest", FfiRequest],
  ["FfiResult", FfiResult],
];

/** Valid encodings of each codec's message, unknown fields included for IMMessage. */
const validBytes: Record<string, fc.Arbitrary<Uint8Array>> = {
  IMMessage: fc
    .tuple(imMessage, fc.array(unknownSegment(imMessageUnknownNumbers), { maxLength: 3 }))
    .map(([m, extra]) => canonicalBytes([...fieldSegments(IMMessage, m), ...extra])),
  EventOnRecvNewMessageData: imMessage.map((message) =>
    EventOnRecvNewMessageData.encode({ message }).finish(),
  ),
  SendMessageReq: sendMessageReq.map((r) => SendMessageReq.encode(r).finish()),
  GetAdvancedHistoryMessageListResp: historyPage.map((p) =>
    GetAdvancedHistoryMessageListResp.encode(p).finish(),
  ),
  FfiRequest: fc
    .tuple(fc.string(), fc.maxSafeNat(), fc.integer({ min: 0, max: 2200 }), imMessage)
    .map(([operationID, handleID, funcName, m]) => {
      const data = IMMessage.encode(m).finish();
      return FfiRequest.encode({ operationID, handleID, funcName, data }).finish();
    }),
  FfiResult: fc
    .tuple(fc.integer({ min: -5, max: 5 }), fc.maxSafeNat(), fc.constantFrom(6, 29, 2011, 9999), historyPage)
    .map(([errCode, handleID, funcName, page]) => {
      const data = GetAdvancedHistoryMessageListResp.encode(page).finish();
      return FfiResult.encode({
        errCode,
        errMsg: "",
        funcName: funcName as FuncRequestEventName,
        data,
        handleID,
      }).finish();
    }),
};

/** Either throws an Error, or yields a message whose encoding is a fixed point of decode → encode. */
// biome-ignore lint/suspicious/noExplicitAny: works on any generated codec
function decodeOrThrow(codec: MessageFns<any>, bytes: Uint8Array): Uint8Array | undefined {
  let message: unknown;
  try {
    message = codec.decode(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return undefined;
  }
  const once = codec.encode(message).finish();
  const twice = codec.encode(codec.decode(once)).finish();
  expect(twice).toEqual(once);
  return once;
}

describe.each(codecs)("fuzzing %s.decode", (name, codec) => {
  it(
    "random bytes: an Error or a self-consistent message",
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => {
          decodeOrThrow(codec, bytes);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "truncated valid bytes: an Error, or exactly the prefix when cut between fields",
    () => {
      const cut = (validBytes[name] as fc.Arbitrary<Uint8Array>).chain((bytes) =>
        fc.tuple(fc.constant(bytes), fc.integer({ min: 0, max: Math.max(0, bytes.length - 1) })),
      );
      fc.assert(
        fc.property(cut, ([bytes, length]) => {
          const prefix = bytes.subarray(0, length);
          const reencoded = decodeOrThrow(codec, prefix);
          if (reencoded !== undefined) expect(reencoded).toEqual(prefix);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "corrupted valid bytes: an Error or a self-consistent message",
    () => {
      const corrupted = (validBytes[name] as fc.Arbitrary<Uint8Array>)
        .filter((bytes) => bytes.length > 0)
        .chain((bytes) =>
          fc.tuple(
            fc.constant(bytes),
            fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 4,
            }),
          ),
        );
      fc.assert(
        fc.property(corrupted, ([bytes, edits]) => {
          const copy = bytes.slice();
          for (const [at, value] of edits) copy[at] = value;
          decodeOrThrow(codec, copy);
        }),
        { numRuns },
      );
    },
    timeout,
  );
});

describe("fuzzing the FFI envelope", () => {
  it(
    "decodeFfiRequest / decodeFfiResult either decode or throw an Error",
    () => {
      const input = fc.oneof(
        fc.uint8Array({ maxLength: 128 }),
        validBytes.FfiResult as fc.Arbitrary<Uint8Array>,
      );
      fc.assert(
        fc.property(input, (bytes) => {
          for (const decode of [decodeFfiRequest, decodeFfiResult]) {
            try {
              decode(bytes);
            } catch (error) {
              expect(error).toBeInstanceOf(Error);
            }
          }
        }),
        { numRuns },
      );
    },
    timeout,
  );
});
