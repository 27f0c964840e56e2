// A Yunhu `list_message` answer with 30 messages, built once with the chatwire codecs: mostly
// text, some images and replies, from three senders, as a group chat's history page looks.
import { msg } from "@chatwire/yunhu-client";

const baseTime = 1_700_000_000_000;

const senders = [
  {
    chatId: "7058262",
    chatType: 1,
    name: "Alice",
    avatarUrl: "https://chat-img.jwznb.com/avatar/7058262.jpg",
  },
  {
    chatId: "3161064",
    chatType: 1,
    name: "Bob 小明",
    avatarUrl: "https://chat-img.jwznb.com/avatar/3161064.jpg",
  },
  { chatId: "bot-91a2", chatType: 3, name: "Weather bot", avatarUrl: "" },
];

function message(i: number): msg.Msg {
  const sender = senders[i % senders.length] ?? senders[0];
  const kind = i % 10 === 4 ? "image" : i % 10 === 8 ? "reply" : "text";
  return msg.Msg.fromPartial({
    msgId: `9f1c${String(i).padStart(28, "0")}`,
    sender: {
      ...sender,
      tag: i % 3 === 1 ? [{ id: 12, text: "admin", color: "#FF3B82F6" }] : [],
    },
    direction: i % 3 === 0 ? "right" : "left",
    contentType: kind === "image" ? 2 : 1,
    content:
      kind === "image"
        ? { imageUrl: `https://chat-img.jwznb.com/${i}.jpg`, fileSize: 348_112 + i }
        : kind === "reply"
          ? { text: `agreed, message ${i}`, quoteMsgText: "shall we meet at ten? 十点见?" }
          : { text: `message ${i}: the build is green again, thanks 👍` },
    sendTime: baseTime + i * 45_000,
    msgSeq: 5000 + i,
    quoteMsgId: kind === "reply" ? `9f1c${String(i - 1).padStart(28, "0")}` : "",
  });
}

export const listMessageAnswer = msg.listMessage.fromPartial({
  status: { number: 1_700_000_000, code: 1, msg: "success" },
  msg: Array.from({ length: 30 }, (_, i) => message(i)),
});
