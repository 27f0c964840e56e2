import { ContentType, SessionType } from "@chatwire/openim-types/common";
import { IMMessage } from "@chatwire/openim-types/shared";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ChatContent,
  fromOpenImMessage,
  InvalidSourceMessageError,
  type MessageDraft,
  openImContentTable,
  toOpenImMessage,
  UnsupportedContentError,
} from "../src/index.js";
import { openImDraft } from "./support/arbitraries.js";
import { openImGroupMessage, openImSamples } from "./support/openim-samples.js";
import { stripRaw } from "./support/strip-raw.js";

/** Encodes and decodes, as a message that crossed the FFI boundary would be. */
function overTheWire(message: IMMessage): IMMessage {
  return IMMessage.decode(IMMessage.encode(message).finish());
}

describe("OpenIM converters", () => {
  it("cover every ContentType of the protocol, each with a sample", () => {
    const numbers = Object.values(ContentType).filter(
      (value): value is number => typeof value === "number" && value > 0,
    );
    expect(openImContentTable.map((row) => row.contentType).sort()).toEqual(numbers.sort());
    expect(Object.keys(openImSamples).map(Number).sort()).toEqual(numbers.sort());
  });

  for (const row of openImContentTable) {
    it(`read ${ContentType[row.contentType]} (${row.contentType}) as ${row.kind} and write it back unchanged`, () => {
      const native = overTheWire(openImGroupMessage(row.contentType, openImSamples[row.contentType]!));
      const chat = fromOpenImMessage(native);
      expect(chat.content.kind).toBe(row.kind);
      if (row.event) expect(chat.content).toMatchObject({ kind: "notification", event: row.event });
      expect(chat.raw).toBe(native);
      const back = toOpenImMessage(chat);
      expect(back.losses).toEqual([]);
      expect(overTheWire(back.value)).toEqual(native);
    });
  }

  it("map one-to-one conversations to the peer of selfUserId", () => {
    const received = IMMessage.fromPartial({
      clientMsgID: "m1",
      sendID: "bob",
      recvID: "alice",
      sessionType: SessionType.Single,
      contentType: ContentType.Text,
      content: { $case: "textElem", value: { content: "hi" } },
    });
    expect(fromOpenImMessage(received, { selfUserId: "alice" }).conversation).toEqual({
      kind: "user",
      id: "bob",
    });
    expect(fromOpenImMessage(received).conversation).toEqual({ kind: "user", id: "alice" });
    const back = toOpenImMessage(fromOpenImMessage(received, { selfUserId: "alice" }), {
      selfUserId: "alice",
    });
    expect(back.value.recvID).toBe("alice");
    expect(back.value.sendID).toBe("bob");
  });

  it("round-trip every content the model and OpenIM share (property)", () => {
    fc.assert(
      fc.property(openImDraft, (draft) => {
        const native = toOpenImMessage(draft, { strict: true }).value;
        const chat = fromOpenImMessage(overTheWire(native));
        expect(stripRaw(chat)).toEqual(draft);
      }),
      { numRuns: 300 },
    );
  });

  it("reject a content case that contradicts contentType, with a typed error", () => {
    const wrong = IMMessage.fromPartial({
      clientMsgID: "m1",
      contentType: ContentType.Picture,
      content: { $case: "textElem", value: { content: "not a picture" } },
    });
    expect(() => fromOpenImMessage(wrong)).toThrow(InvalidSourceMessageError);
    expect(() => fromOpenImMessage(wrong)).toThrow(/holds textElem but contentType 102 needs pictureElem/);
    const empty = IMMessage.fromPartial({ clientMsgID: "m2", contentType: ContentType.Text });
    expect(() => fromOpenImMessage(empty)).toThrow(/content.*is missing/);
  });

  it("keep a content type it does not know as unknown, with the original in raw", () => {
    const future = IMMessage.fromPartial({ clientMsgID: "m3", contentType: 150 as ContentType });
    const chat = fromOpenImMessage(overTheWire(future));
    expect(chat.content).toEqual({ kind: "unknown", system: "openim", type: "150" });
    expect(chat.raw.contentType).toBe(150);
  });

  it("keep unknown protobuf fields in raw", () => {
    const bytes = IMMessage.encode(openImGroupMessage(101, openImSamples[101]!)).finish();
    // Field 999, varint 7: a field this schema does not know.
    const extended = new Uint8Array([...bytes, 0xb8, 0x3e, 0x07]);
    const chat = fromOpenImMessage(IMMessage.decode(extended));
    expect(Object.keys(chat.raw._unknownFields ?? {})).toHaveLength(1);
  });

  it("render markdown as text and report it", () => {
    const draft: MessageDraft = {
      conversation: { kind: "group", id: "g1" },
      content: { kind: "markdown", markdown: "**bold** [link](https://x.example)" },
      buttons: [[{ text: "Open", action: "link", url: "https://x.example/open" }]],
    };
    const result = toOpenImMessage(draft);
    expect(result.value.contentType).toBe(ContentType.Text);
    expect(result.value.content).toEqual({
      $case: "textElem",
      value: { content: "**bold** [link](https://x.example)\n[Open] https://x.example/open" },
    });
    expect(result.losses).toEqual([
      {
        field: "content",
        reason: "OpenIM has no markdown messages; sent as its text",
        fallback: "text-rendering",
      },
      {
        field: "buttons",
        reason: "OpenIM messages have no buttons; appended as text lines",
        fallback: "text-rendering",
      },
    ]);
    expect(() => toOpenImMessage(draft, { strict: true })).toThrow(UnsupportedContentError);
  });

  it("report quotes and mentions it cannot attach to non-text content", () => {
    const content: ChatContent = { kind: "image", url: "https://img.example/x.png" };
    const result = toOpenImMessage({
      conversation: { kind: "group", id: "g1" },
      content,
      quote: { messageId: "q1", text: "earlier" },
      mentions: [{ userId: "bob" }],
    });
    expect(result.losses.map((loss) => loss.field)).toEqual(["quote", "mentions"]);
    try {
      toOpenImMessage(
        { conversation: { kind: "group", id: "g1" }, content, mentions: [{ userId: "bob" }] },
        { strict: true },
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnsupportedContentError);
      expect((error as UnsupportedContentError).losses[0]!.field).toBe("mentions");
    }
  });

  it("rebuild notifications only from OpenIM data, else fall back to their text", () => {
    const foreign = toOpenImMessage({
      conversation: { kind: "group", id: "g1" },
      content: { kind: "notification", event: "call", text: "Voice call ended" },
    });
    expect(foreign.value.content).toEqual({ $case: "textElem", value: { content: "Voice call ended" } });
    expect(foreign.losses[0]!.fallback).toBe("text-rendering");
  });
});
