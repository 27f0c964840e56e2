import { msg } from "@chatwire/yunhu-client";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fromYunhuMessage,
  InvalidSourceMessageError,
  toYunhuEditMessage,
  toYunhuMsg,
  toYunhuSendMessage,
  yunhuContentTable,
} from "../src/index.js";
import { yunhuDraft } from "./support/arbitraries.js";
import { stripRaw } from "./support/strip-raw.js";

const group = { kind: "group" as const, id: "big" };

function stored(
  contentType: number,
  content: Partial<msg.Msg_Content>,
  extra: Partial<msg.Msg> = {},
): msg.Msg {
  return msg.Msg.fromPartial({
    msgId: `m-${contentType}`,
    sender: { chatId: "7356666", chatType: 1, name: "Tester", avatarUrl: "https://img.example/t.png" },
    contentType,
    content,
    sendTime: 1_700_000_000_000,
    ...extra,
  });
}

const samples: Record<number, msg.Msg> = {
  1: stored(
    1,
    { text: "ok", at: ["u2"], buttons: '[[{"text":"Docs","actionType":1,"url":"https://d.example"}]]' },
    { quoteMsgId: "m-0" },
  ),
  2: stored(2, { imageUrl: "https://chat-img.example/a.jpg", width: 640, height: 480, fileSize: 1000 }),
  3: stored(3, { text: "**bold**" }, { editTime: 1_700_000_000_100 }),
  4: stored(4, { fileName: "a.txt", fileUrl: "https://chat-file.example/a.txt", fileSize: 12 }),
  5: stored(5, { form: '{"id":"f1"}' }),
  6: stored(6, { postId: "p1", postTitle: "Release", postContent: "# v2", postContentType: "2" }),
  7: stored(7, { stickerUrl: "https://chat-img.example/s.gif", stickerItemId: 5, stickerPackId: 9 }),
  8: stored(8, { text: "<b>hi</b>" }),
  11: stored(11, { audioUrl: "https://chat-audio.example/v.m4a", audioTime: 4 }),
  13: stored(13, { callText: "Voice call", callStatusText: "ended" }),
};

function overTheWire(message: msg.Msg): msg.Msg {
  return msg.Msg.decode(msg.Msg.encode(message).finish());
}

describe("Yunhu converters", () => {
  it("cover every content_type of the send API, each with a sample", () => {
    expect(yunhuContentTable.map((row) => row.contentType)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 11, 13]);
    expect(Object.keys(samples).map(Number)).toEqual(yunhuContentTable.map((row) => row.contentType));
  });

  for (const row of yunhuContentTable) {
    it(`read content_type ${row.contentType} as ${row.kind} and write it back unchanged`, () => {
      const native = overTheWire(samples[row.contentType]!);
      const chat = fromYunhuMessage(native, { conversation: group });
      expect(chat.content.kind).toBe(row.kind);
      expect(chat.raw).toBe(native);
      const back = toYunhuMsg(chat);
      expect(back.losses).toEqual([]);
      expect(overTheWire(back.value)).toEqual(native);
    });
  }

  it("read quotes, mentions, buttons, commands, edits and recalls", () => {
    const chat = fromYunhuMessage(
      stored(
        1,
        {
          text: "ok",
          at: ["u2"],
          quoteMsgText: "earlier",
          buttons: '[{"text":"Copy","actionType":2,"value":"abc"}]',
        },
        { quoteMsgId: "q1", cmd: { cmdId: 3, name: "/help", type: 1 }, editTime: 5, msgDeleteTime: 6 },
      ),
      { conversation: group },
    );
    expect(chat).toMatchObject({
      quote: { messageId: "q1", text: "earlier" },
      mentions: [{ userId: "u2" }],
      buttons: [[{ text: "Copy", action: "copy", value: "abc" }]],
      command: { id: 3, name: "/help", type: 1 },
      editedAt: 5,
      recalledAt: 6,
      sender: { id: "7356666", name: "Tester", kind: "user" },
    });
  });

  it("read videos and tips outside the table by the fields they carry", () => {
    expect(
      fromYunhuMessage(stored(10, { videoUrl: "https://v.example/1.mp4" }), { conversation: group }).content,
    ).toEqual({
      kind: "video",
      url: "https://v.example/1.mp4",
    });
    expect(fromYunhuMessage(stored(9, { tip: "Ann joined" }), { conversation: group }).content).toEqual({
      kind: "notification",
      event: "tip",
      text: "Ann joined",
    });
    expect(fromYunhuMessage(stored(99, { text: "?" }), { conversation: group }).content).toEqual({
      kind: "unknown",
      system: "yunhu",
      type: "99",
      text: "?",
    });
  });

  it("round-trip every content a stored Msg carries (property)", () => {
    fc.assert(
      fc.property(yunhuDraft, (draft) => {
        const native = toYunhuMsg(draft, { strict: true }).value;
        const chat = fromYunhuMessage(overTheWire(native), { conversation: draft.conversation });
        expect(stripRaw(chat)).toEqual(draft);
      }),
      { numRuns: 300 },
    );
  });

  it("write a send request with quote, mentions, buttons and command", () => {
    const { value, losses } = toYunhuSendMessage({
      conversation: group,
      id: "client-1",
      content: { kind: "markdown", markdown: "**done**" },
      quote: { messageId: "q1", text: "is it fixed?" },
      mentions: [{ userId: "u2" }],
      buttons: [[{ text: "Close", action: "report", value: "close" }]],
      command: { id: 4 },
    });
    expect(losses).toEqual([]);
    expect(value).toMatchObject({
      msgId: "client-1",
      chatId: "big",
      chatType: 2,
      contentType: 3,
      commandId: 4,
      quoteMsgId: "q1",
      data: {
        text: "**done**",
        mentionedId: ["u2"],
        quoteMsgText: "is it fixed?",
        buttons: '[[{"text":"Close","actionType":3,"value":"close"}]]',
      },
    });
    // The request survives the wire unchanged.
    expect(msg.sendMessageSend.decode(msg.sendMessageSend.encode(value).finish())).toEqual(value);
  });

  it("send uploaded images by key in media, plain ones by URL", () => {
    const keyed = toYunhuSendMessage({
      conversation: group,
      content: {
        kind: "image",
        url: "https://x/a.jpg",
        objectId: "k1",
        mimeType: "image/jpeg",
        width: 2,
        height: 3,
      },
    }).value;
    expect(keyed.data?.image).toBe("k1");
    expect(keyed.media).toMatchObject({
      fileKey: "k1",
      fileKey2: "k1",
      fileType: "image/jpeg",
      imageWidth: 2,
      imageHeight: 3,
    });
    const plain = toYunhuSendMessage({
      conversation: group,
      content: { kind: "image", url: "https://x/a.jpg" },
    }).value;
    expect(plain.data?.image).toBe("https://x/a.jpg");
    expect(plain.media).toBeUndefined();
  });

  it("send videos as files that keep the URL, and say so", () => {
    const { value, losses } = toYunhuSendMessage({
      conversation: group,
      content: { kind: "video", url: "https://v.example/clip.mp4", size: 10 },
    });
    expect(value.contentType).toBe(4);
    expect(value.data).toMatchObject({
      fileName: "clip.mp4",
      fileKey: "https://v.example/clip.mp4",
      fileSize: 10,
    });
    expect(losses).toEqual([
      {
        field: "content",
        reason: "Yunhu's send API lists no video type; sent as a file that keeps the URL",
        fallback: "approximated",
      },
    ]);
  });

  it("edit in text, markdown or HTML, and render anything else as text", () => {
    const edit = toYunhuEditMessage({
      id: "m1",
      conversation: group,
      content: { kind: "html", html: "<i>x</i>" },
    });
    expect(edit.value).toMatchObject({
      msgId: "m1",
      chatId: "big",
      chatType: 2,
      contentType: 8,
      content: { text: "<i>x</i>" },
    });
    const image = toYunhuEditMessage({
      id: "m1",
      conversation: group,
      content: { kind: "image", url: "https://x/a.jpg" },
    });
    expect(image.value.contentType).toBe(1);
    expect(image.value.content?.text).toBe("[image] https://x/a.jpg");
    expect(image.losses[0]!.fallback).toBe("text-rendering");
  });

  it("reject malformed buttons with a typed error", () => {
    expect(() => fromYunhuMessage(stored(1, { text: "x", buttons: "[[{" }), { conversation: group })).toThrow(
      InvalidSourceMessageError,
    );
    expect(() =>
      fromYunhuMessage(stored(1, { text: "x", buttons: '[[{"text":"a","actionType":9}]]' }), {
        conversation: group,
      }),
    ).toThrow(/content.buttons" is invalid/);
  });
});
