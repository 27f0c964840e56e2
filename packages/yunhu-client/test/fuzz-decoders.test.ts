import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createYunhuClient, msg, protobufEndpoints, YunhuApiError } from "../src/index.js";

const endpoints = Object.entries(protobufEndpoints);

/** A fetch that answers every request with the given body, so the client's decoding path runs without a server. */
const answering =
  (body: Uint8Array<ArrayBuffer>): typeof fetch =>
  async () =>
    new Response(body, { status: 200, headers: { "content-type": "application/x-protobuf" } });

const uint64 = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const text = fc.string({ unit: "grapheme", maxLength: 12 });
const arbitraryMsg = fc.record({
  msgId: text,
  sender: fc.record({ chatId: text, chatType: uint64, name: text, tagOld: fc.array(text, { maxLength: 2 }) }),
  contentType: uint64,
  content: fc.record({ text, at: fc.array(text, { maxLength: 3 }), fileSize: uint64, width: uint64 }),
  sendTime: uint64,
  msgSeq: uint64,
  editTime: uint64,
});

describe("response decoders under arbitrary input", () => {
  it.each(endpoints)(
    "%s: decoding random bytes returns a message or throws an Error, never anything else",
    (_, endpoint) => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 96 }), (bytes) => {
          try {
            expect(endpoint.response.decode(bytes)).toBeTypeOf("object");
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
          }
        }),
        { numRuns: 400 },
      );
    },
  );

  it("the client turns any answer into a success with Status code 1 or a YunhuApiError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), async (bytes) => {
        const client = createYunhuClient({
          token: "token-for-fuzzing",
          fetch: answering(new Uint8Array(bytes)),
          retry: false,
        });
        try {
          const result = await client.listMessage({ chatId: "c", chatType: 2, msgCount: 1 });
          expect(result.status?.code).toBe(1);
        } catch (error) {
          expect(error).toBeInstanceOf(YunhuApiError);
          expect(["invalid-response", "too-large", "api"]).toContain((error as YunhuApiError).kind);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("every prefix of a valid answer either fails to decode or is exactly the fields it holds", () => {
    fc.assert(
      fc.property(fc.array(arbitraryMsg, { maxLength: 3 }), fc.nat(), (messages, cut) => {
        const full = msg.listMessageBySeq
          .encode(
            msg.listMessageBySeq.fromPartial({
              status: { code: 1, msg: "success" },
              msg: messages,
              msgCount: 3,
            }),
          )
          .finish();
        const prefix = full.subarray(0, full.length === 0 ? 0 : cut % full.length);
        let decoded: msg.listMessageBySeq;
        try {
          decoded = msg.listMessageBySeq.decode(prefix);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          return;
        }
        expect(msg.listMessageBySeq.encode(decoded).finish()).toEqual(prefix);
      }),
      { numRuns: 300 },
    );
  });

  it("encode then decode returns the same messages", () => {
    fc.assert(
      fc.property(fc.array(arbitraryMsg, { maxLength: 4 }), uint64, (messages, total) => {
        const value = msg.listMessageByMidSeq.fromPartial({
          status: { number: total, code: 1, msg: "" },
          msg: messages,
          total,
        });
        const bytes = msg.listMessageByMidSeq.encode(value).finish();
        expect(msg.listMessageByMidSeq.decode(bytes)).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });
});
