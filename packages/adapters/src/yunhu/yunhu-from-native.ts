import type { msg } from "@chatwire/yunhu-client";
import { optionalNumber, optionalString } from "../conversion/proto-defaults.js";
import { withoutUndefined } from "../conversion/without-undefined.js";
import type { ChatContent } from "../model/chat-content.js";
import type { ChatMessage, ChatSender, ConversationRef, QuoteRef } from "../model/chat-message.js";
import { parseYunhuButtons } from "./yunhu-buttons.js";
import { yunhuRowForContentType } from "./yunhu-content-table.js";

/** Options of `fromYunhuMessage`. */
export interface FromYunhuOptions {
  /** The chat the message was listed from; Yunhu messages do not name their own chat. */
  conversation: ConversationRef;
}

/** Converts a Yunhu `Msg` (from the list-message endpoints) into a `ChatMessage`; the original is kept as `raw`. */
export function fromYunhuMessage(message: msg.Msg, options: FromYunhuOptions): ChatMessage<msg.Msg> {
  const content = message.content;
  return withoutUndefined({
    id: message.msgId,
    source: "yunhu",
    conversation: options.conversation,
    sender: senderOf(message.sender),
    time: message.sendTime,
    content: contentOf(message),
    quote: quoteOf(message),
    mentions: content?.at.length ? content.at.map((userId) => ({ userId })) : undefined,
    buttons: content ? parseYunhuButtons(content.buttons) : undefined,
    command: message.cmd
      ? withoutUndefined({
          id: optionalNumber(message.cmd.cmdId),
          name: optionalString(message.cmd.name),
          type: optionalNumber(message.cmd.type),
        })
      : undefined,
    editedAt: optionalNumber(message.editTime),
    recalledAt: optionalNumber(message.msgDeleteTime),
    raw: message,
  });
}

function senderOf(sender: msg.Msg_Sender | undefined): ChatSender {
  if (!sender) return { id: "" };
  return withoutUndefined({
    id: sender.chatId,
    name: optionalString(sender.name),
    avatarUrl: optionalString(sender.avatarUrl),
    kind: sender.chatType === 3 ? ("bot" as const) : sender.chatType === 1 ? ("user" as const) : undefined,
  });
}

function quoteOf(message: msg.Msg): QuoteRef | undefined {
  if (message.quoteMsgId === "") return undefined;
  const content = message.content;
  return withoutUndefined({
    messageId: message.quoteMsgId,
    text: optionalString(content?.quoteMsgText),
    imageUrl: optionalString(content?.quoteImageUrl),
    imageName: optionalString(content?.quoteImageName),
    videoUrl: optionalString(content?.quoteVideoUrl),
    videoDurationSeconds: optionalNumber(content?.quoteVideoTime),
  });
}

function contentOf(message: msg.Msg): ChatContent {
  const content = message.content;
  const row = yunhuRowForContentType(message.contentType);
  if (!content) return { kind: "unknown", system: "yunhu", type: String(message.contentType) };
  switch (row?.kind) {
    case "text":
      return { kind: "text", text: content.text };
    case "markdown":
      return { kind: "markdown", markdown: content.text };
    case "html":
      return { kind: "html", html: content.text };
    case "image":
      return withoutUndefined({
        kind: "image" as const,
        url: content.imageUrl,
        size: optionalNumber(content.fileSize),
        width: optionalNumber(content.width),
        height: optionalNumber(content.height),
      });
    case "file":
      return withoutUndefined({
        kind: "file" as const,
        url: content.fileUrl,
        name: content.fileName,
        size: optionalNumber(content.fileSize),
      });
    case "custom":
      return { kind: "custom", type: "form", data: content.form };
    case "post":
      return withoutUndefined({
        kind: "post" as const,
        title: content.postTitle,
        body: content.postContent,
        format: content.postContentType === "2" ? ("markdown" as const) : ("text" as const),
        postId: optionalString(content.postId),
      });
    case "sticker":
      return withoutUndefined({
        kind: "sticker" as const,
        url: optionalString(content.stickerUrl),
        itemId: optionalNumber(content.stickerItemId),
        packId: optionalNumber(content.stickerPackId),
        expressionId: optionalString(content.expressionId),
      });
    case "audio":
      return withoutUndefined({
        kind: "audio" as const,
        url: content.audioUrl,
        durationSeconds: optionalNumber(content.audioTime),
      });
    case "notification":
      return withoutUndefined({
        kind: "notification" as const,
        event: "call",
        text: content.callText,
        data: content.callStatusText ? { status: content.callStatusText } : undefined,
      });
    default:
      return unlistedContent(message.contentType, content);
  }
}

/** A type outside the table: read by the fields it carries, or kept as unknown. */
function unlistedContent(contentType: number, content: msg.Msg_Content): ChatContent {
  if (content.videoUrl !== "") {
    return withoutUndefined({
      kind: "video" as const,
      url: content.videoUrl,
      size: optionalNumber(content.fileSize),
      width: optionalNumber(content.width),
      height: optionalNumber(content.height),
    });
  }
  if (content.tip !== "" && content.text === "")
    return { kind: "notification", event: "tip", text: content.tip };
  return withoutUndefined({
    kind: "unknown" as const,
    system: "yunhu",
    type: String(contentType),
    text: optionalString(content.text),
  });
}
