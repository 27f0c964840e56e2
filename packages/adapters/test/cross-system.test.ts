import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ChatMessage,
  fromMaximMessage,
  fromOpenImMessage,
  fromYunhuMessage,
  type MessageDraft,
  toMaximSendBody,
  toMaximStoredMessage,
  toOpenImMessage,
  toYunhuMsg,
} from "../src/index.js";
import { anyDraft } from "./support/arbitraries.js";
import { openImGroupMessage, openImSamples } from "./support/openim-samples.js";
import { stripRaw } from "./support/strip-raw.js";

/** The parts of a message a target is expected to carry; identity and time belong to the target. */
function carried(draft: MessageDraft) {
  const { id: _id, sender: _sender, time: _time, conversation: _conversation, ...rest } = draft;
  // A quote's empty text and no text are one thing on every wire: neither is a loss.
  if (rest.quote?.text === "") {
    const { text: _text, ...quote } = rest.quote;
    rest.quote = quote;
  }
  return rest;
}

const systems = {
  openim: (draft: MessageDraft) => {
    const { value, losses } = toOpenImMessage(draft);
    return { back: fromOpenImMessage(value), losses };
  },
  maxim: (draft: MessageDraft) => {
    const { value, losses } = toMaximStoredMessage(draft);
    return { back: fromMaximMessage(value, { conversation: draft.conversation }), losses };
  },
  yunhu: (draft: MessageDraft) => {
    const { value, losses } = toYunhuMsg(draft);
    return { back: fromYunhuMessage(value, { conversation: draft.conversation }), losses };
  },
};

describe("cross-system conversion", () => {
  for (const [system, roundTrip] of Object.entries(systems)) {
    it(`never changes a message for ${system} without reporting a loss (property)`, () => {
      fc.assert(
        fc.property(anyDraft, (draft) => {
          const { back, losses } = roundTrip(draft);
          const same =
            JSON.stringify(sorted(carried(stripRaw(back as ChatMessage)))) ===
            JSON.stringify(sorted(carried(draft)));
          if (!same) expect(losses.length).toBeGreaterThan(0);
        }),
        { numRuns: 400 },
      );
    });
  }

  it("reports what an OpenIM quote given by reference cannot keep: its image and video", () => {
    const draft: MessageDraft = {
      conversation: { kind: "user", id: "1" },
      id: "1",
      sender: { id: "1" },
      time: 1,
      content: { kind: "text", text: "" },
      quote: {
        messageId: " ",
        imageUrl: "https://cdn.example/i.png",
        imageName: "i.png",
        videoUrl: "https://cdn.example/v.mp4",
        videoDurationSeconds: 1,
      },
    };
    const { value, losses } = toOpenImMessage(draft);
    expect(losses.map((loss) => loss.field).sort()).toEqual([
      "quote.imageName",
      "quote.imageUrl",
      "quote.videoDurationSeconds",
      "quote.videoUrl",
    ]);
    expect(fromOpenImMessage(value).quote).toMatchObject({ messageId: " ", text: "" });
    const textOnly = toOpenImMessage({ ...draft, quote: { messageId: "q", text: "hi", senderId: "2" } });
    expect(textOnly.losses).toEqual([]);
  });

  it("reports an empty entity list (OpenIM's advanced-text marker) where the target cannot keep it", () => {
    const draft: MessageDraft = {
      conversation: { kind: "user", id: "1" },
      id: "1",
      sender: { id: "2" },
      time: 1,
      content: { kind: "text", text: "", entities: [] },
    };
    for (const convert of [toYunhuMsg, toMaximStoredMessage]) {
      expect(convert(draft).losses.map((loss) => loss.field)).toContain("content.entities");
    }
    expect(toOpenImMessage(draft).losses).toEqual([]);
  });

  it("carry a Yunhu markdown reply with buttons and mentions into OpenIM and MaxIM, reporting each loss", () => {
    const yunhu = fromYunhuMessage(
      toYunhuMsg({
        id: "y1",
        conversation: { kind: "group", id: "community" },
        sender: { id: "u1", name: "Mei" },
        time: 1,
        content: { kind: "markdown", markdown: "Fixed in **v2**" },
        quote: { messageId: "y0", text: "printer broken" },
        mentions: [{ userId: "u2" }],
        buttons: [[{ text: "Notes", action: "link", url: "https://notes.example/v2" }]],
      }).value,
      { conversation: { kind: "group", id: "community" } },
    );
    const draft = { ...yunhu, conversation: { kind: "group" as const, id: "42" } };

    const openim = toOpenImMessage(draft);
    expect(openim.value.content).toMatchObject({
      $case: "atTextElem",
      value: { text: "Fixed in **v2**\n[Notes] https://notes.example/v2", atUserList: ["u2"] },
    });
    expect(openim.losses.map((loss) => [loss.field, loss.fallback])).toEqual([
      ["content", "text-rendering"],
      ["buttons", "text-rendering"],
    ]);

    // A relay sends only the content and its parts; the target names the sender.
    const maxim = toMaximSendBody({ ...draft, id: undefined, sender: undefined });
    expect(maxim.value.content).toBe("> printer broken\nFixed in **v2**\n[Notes] https://notes.example/v2");
    expect(maxim.losses.map((loss) => [loss.field, loss.fallback])).toEqual([
      ["content", "text-rendering"],
      ["quote", "text-rendering"],
      ["mentions", "dropped"],
      ["buttons", "text-rendering"],
    ]);
  });

  it("turn an OpenIM location into Yunhu text that keeps a geo URL", () => {
    const location = fromOpenImMessage(openImGroupMessage(109, openImSamples[109]!));
    const { value, losses } = toYunhuMsg({ ...location, conversation: { kind: "group", id: "big" } });
    expect(value.contentType).toBe(1);
    expect(value.content?.text).toBe("[location] Office (39.909, 116.397) geo:39.909,116.397");
    expect(losses).toEqual([
      {
        field: "content",
        reason: "Yunhu has no location messages; sent as text",
        fallback: "text-rendering",
      },
      { field: "ext", reason: "Yunhu messages carry no extension data", fallback: "dropped" },
    ]);
  });

  it("report the renditions an OpenIM picture loses on MaxIM", () => {
    const picture = fromOpenImMessage(openImGroupMessage(102, openImSamples[102]!));
    const { value, losses } = toMaximStoredMessage({
      ...picture,
      id: "1",
      conversation: { kind: "group", id: "5" },
      sender: { id: "6" },
      ext: undefined,
    });
    expect(JSON.parse(value.attachment!)).toEqual({
      url: "https://img.example/p1.png",
      fLen: 2048,
      width: 800,
      height: 600,
    });
    expect(losses.map((loss) => loss.field)).toEqual([
      "content.objectId",
      "content.mimeType",
      "content.large",
      "content.thumbnail",
    ]);
  });
});

/** JSON with sorted keys, so key order does not count as a difference. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sorted(inner)]),
    );
  }
  return value;
}
