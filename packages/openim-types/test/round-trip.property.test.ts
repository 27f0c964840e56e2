import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventOnRecvNewMessageData } from "../src/gen/event.js";
import { GetAdvancedHistoryMessageListResp, SendMessageReq } from "../src/gen/message.js";
import { IMMessage } from "../src/gen/shared.js";
import { historyPage, imMessage, sendMessageReq } from "./support/arbitraries.js";
import {
  canonicalBytes,
  fieldSegments,
  imMessageUnknownNumbers,
  unknownSegment,
} from "./support/wire-segments.js";

const runs = { numRuns: 300 };

describe("round trips (property)", () => {
  it("IMMessage: decode(encode(m)) equals m, and re-encoding gives the same bytes", () => {
    fc.assert(
      fc.property(imMessage, (message) => {
        const bytes = IMMessage.encode(message).finish();
        const decoded = IMMessage.decode(bytes);
        expect(decoded).toEqual(message);
        expect(IMMessage.encode(decoded).finish()).toEqual(bytes);
      }),
      runs,
    );
  }, 30_000);

  it("IMMessage: fields are written in field-number order, as Google's encoders write them", () => {
    fc.assert(
      fc.property(imMessage, (message) => {
        expect(IMMessage.encode(message).finish()).toEqual(canonicalBytes(fieldSegments(IMMessage, message)));
      }),
      runs,
    );
  }, 30_000);

  it("IMMessage: unknown fields anywhere among the known ones survive decode → encode byte for byte", () => {
    const unknown = fc.array(unknownSegment(imMessageUnknownNumbers), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(imMessage, unknown, (message, extra) => {
        const bytes = canonicalBytes([...fieldSegments(IMMessage, message), ...extra]);
        const decoded = IMMessage.decode(bytes);
        const { _unknownFields, ...known } = decoded;
        expect({ ...known, _unknownFields: {} }).toEqual(message);
        const kept = Object.values(_unknownFields ?? {}).flat().length;
        expect(kept).toBe(extra.length);
        expect(IMMessage.encode(decoded).finish()).toEqual(bytes);
      }),
      runs,
    );
  }, 30_000);

  it("EventOnRecvNewMessageData, SendMessageReq and a history page round-trip", () => {
    fc.assert(
      fc.property(imMessage, sendMessageReq, historyPage, (message, request, page) => {
        const event = EventOnRecvNewMessageData.fromPartial({ message });
        expect(EventOnRecvNewMessageData.decode(EventOnRecvNewMessageData.encode(event).finish())).toEqual(
          event,
        );
        expect(SendMessageReq.decode(SendMessageReq.encode(request).finish())).toEqual(request);
        const pageBytes = GetAdvancedHistoryMessageListResp.encode(page).finish();
        expect(GetAdvancedHistoryMessageListResp.decode(pageBytes)).toEqual(page);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
