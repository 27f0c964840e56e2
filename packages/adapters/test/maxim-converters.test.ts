import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fromMaximMessage,
  InvalidIdError,
  InvalidSourceMessageError,
  type MaximStoredMessage,
  maximContentTable,
  toMaximSendBody,
  toMaximStoredMessage,
} from "../src/index.js";
import { maximDraft } from "./support/arbitraries.js";
import { stripRaw } from "./support/strip-raw.js";

const base = {
  msg_id: 9_007_199_254_740_993n,
  from_xid: { uid: 2302128618880 },
  to_xid: { uid: 2302128618881 },
  timestamp: 1_700_000_000_000,
} satisfies MaximStoredMessage;

const samples: Record<string, MaximStoredMessage> = {
  TEXT: { ...base, ctype: "TEXT", content: "hello" },
  IMAGE: {
    ...base,
    ctype: "IMAGE",
    content: "",
    attachment: '{"url":"https://x.example/i.jpg","dName":"i.jpg","fLen":508728,"width":828,"height":828}',
  },
  AUDIO: {
    ...base,
    ctype: "AUDIO",
    content: "",
    attachment: '{"url":"https://x.example/a.amr","dName":"a.amr","fLen":1670,"duration":1}',
  },
  VIDEO: {
    ...base,
    ctype: "VIDEO",
    content: "",
    attachment: '{"url":"https://x.example/v.mp4","fLen":99,"duration":3,"width":640,"height":360}',
  },
  FILE: {
    ...base,
    ctype: "FILE",
    content: "",
    attachment: '{"url":"https://x.example/f.pdf","dName":"f.pdf","fLen":12}',
  },
  LOCATION: {
    ...base,
    ctype: "LOCATION",
    content: "Office",
    attachment: '{"latitude":39.9,"longitude":116.4,"address":"Office"}',
  },
  COMMAND: { ...base, ctype: "COMMAND", content: '{"op":"refresh"}', ext: "app" },
  FORWARD: { ...base, ctype: "FORWARD", content: "Bob: printer fixed\nAnn: thanks" },
};

describe("MaxIM converters", () => {
  it("cover every ctype of the spec, each with a sample", () => {
    expect(maximContentTable.map((row) => row.ctype)).toEqual(Object.keys(samples));
    expect(maximContentTable.map((row) => row.contentType)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  for (const row of maximContentTable) {
    it(`read ${row.ctype} as ${row.kind} and write it back unchanged`, () => {
      const native = samples[row.ctype]!;
      const chat = fromMaximMessage(native, { conversation: { kind: "user", id: "2302128618881" } });
      expect(chat.content.kind).toBe(row.kind);
      expect(chat.id).toBe("9007199254740993");
      expect(chat.raw).toBe(native);
      const back = toMaximStoredMessage(chat);
      expect(back.losses).toEqual([]);
      expect(back.value).toEqual(native);
    });
  }

  it("round-trip every content the model and MaxIM share, IDs across the whole int64 range (property)", () => {
    fc.assert(
      fc.property(maximDraft, (draft) => {
        const stored = toMaximStoredMessage(draft, { strict: true }).value;
        const chat = fromMaximMessage(stored, { conversation: draft.conversation });
        expect(stripRaw(chat)).toEqual(draft);
      }),
      { numRuns: 300 },
    );
  });

  it("write exact int64 targets and sender, bigint beyond 2^53", () => {
    const body = toMaximSendBody(
      {
        conversation: { kind: "group", id: "9223372036854775807" },
        sender: { id: "42" },
        content: { kind: "text", text: "hi" },
      },
      { transactionId: 7n },
    ).value;
    expect(body).toEqual({
      attachment: "",
      content: "hi",
      content_type: 0,
      targets: [9223372036854775807n],
      type: 2,
      from_user_id: 42,
      transaction_id: 7n,
    });
  });

  it("reject IDs MaxIM cannot carry, with a typed error", () => {
    const draft = {
      conversation: { kind: "user" as const, id: "alice" },
      content: { kind: "text" as const, text: "x" },
    };
    expect(() => toMaximSendBody(draft)).toThrow(InvalidIdError);
    expect(() =>
      toMaximSendBody({ ...draft, conversation: { kind: "user", id: "9223372036854775808" } }),
    ).toThrow(/outside the int64 range/);
  });

  it("reject malformed attachments and times beyond 2^53 with typed errors", () => {
    expect(() => fromMaximMessage({ ...base, ctype: "IMAGE", attachment: "{not json" })).toThrow(
      InvalidSourceMessageError,
    );
    expect(() =>
      fromMaximMessage({ ...base, ctype: "IMAGE", attachment: '{"url":"u","fLen":"big"}' }),
    ).toThrow(/attachment.fLen" is invalid/);
    expect(() => fromMaximMessage({ ...base, ctype: "TEXT", timestamp: 2n ** 60n })).toThrow(/beyond 2\^53/);
  });

  it("keep locations without coordinates as unknown rather than guessing", () => {
    const chat = fromMaximMessage({
      ...base,
      ctype: "LOCATION",
      content: "somewhere",
      attachment: '{"lat":1}',
    });
    expect(chat.content).toEqual({ kind: "unknown", system: "maxim", type: "LOCATION", text: "somewhere" });
  });

  it("name a one-to-one conversation after the peer when the acting user is known", () => {
    expect(fromMaximMessage(samples.TEXT!, { selfUserId: "2302128618881" }).conversation).toEqual({
      kind: "user",
      id: "2302128618880",
    });
  });

  it("lead a text with the quote and report mentions, which MaxIM lacks", () => {
    const result = toMaximSendBody({
      conversation: { kind: "group", id: "7" },
      content: { kind: "text", text: "done" },
      quote: { messageId: "1", senderName: "Bob", text: "is it fixed?" },
      mentions: [{ userId: "bob" }],
    });
    expect(result.value.content).toBe("> Bob: is it fixed?\ndone");
    expect(result.losses.map((loss) => [loss.field, loss.fallback])).toEqual([
      ["quote", "text-rendering"],
      ["mentions", "dropped"],
    ]);
  });
});
