import { msg } from "@chatwire/yunhu-client";
import { InvalidIdError } from "../conversion/adapter-errors.js";
import type { Converted, ToNativeOptions } from "../conversion/conversion-loss.js";
import { LossCollector } from "../conversion/loss-collector.js";
import type { MessageDraft } from "../model/chat-message.js";
import { renderContentAsText } from "../model/text-rendering.js";
import { isTextLike, type YunhuBody, yunhuBody } from "./yunhu-body.js";
import { formatYunhuButtons } from "./yunhu-buttons.js";
import { yunhuChatTypes } from "./yunhu-content-table.js";

const TARGET = "yunhu";

interface Prepared {
  body: YunhuBody;
  losses: LossCollector;
  quote: MessageDraft["quote"];
  mentions: string[];
  buttons: string;
}

/** Checks the parts around the content once, for all three Yunhu shapes. */
function prepare(draft: MessageDraft, options: ToNativeOptions): Prepared {
  const losses = new LossCollector(TARGET, options.strict);
  const body = yunhuBody(draft.content, losses);
  const textLike = isTextLike(body);
  let quote = draft.quote;
  if (quote && (body.contentType === 11 || body.contentType === 13)) {
    losses.add("quote", "Yunhu voice and call messages carry no quote", "dropped");
    quote = undefined;
  }
  if (quote?.senderId !== undefined || quote?.senderName !== undefined) {
    losses.add("quote.sender", "Yunhu quotes name the message, not its sender", "dropped");
  }
  if (draft.mentions?.some((mention) => mention.name !== undefined)) {
    losses.add("mentions.name", "Yunhu mentions carry user IDs only", "dropped");
  }
  let mentions = draft.mentions?.map((mention) => mention.userId) ?? [];
  if (mentions.length && !textLike) {
    losses.add("mentions", "Yunhu mentions only in text, markdown and HTML messages", "dropped");
    mentions = [];
  }
  let buttons = formatYunhuButtons(draft.buttons);
  if (buttons !== "" && !textLike) {
    losses.add("buttons", "Yunhu buttons only go with text, markdown and HTML messages", "dropped");
    buttons = "";
  }
  if (draft.ext !== undefined) losses.add("ext", "Yunhu messages carry no extension data", "dropped");
  return { body, losses, quote, mentions, buttons };
}

function chatTypeOf(draft: MessageDraft): number {
  return yunhuChatTypes[draft.conversation.kind];
}

/** Converts a message into Yunhu's `send_message_send` request. */
export function toYunhuSendMessage(
  draft: MessageDraft,
  options: ToNativeOptions = {},
): Converted<msg.sendMessageSend> {
  const { body, losses, quote, mentions, buttons } = prepare(draft, options);
  if (draft.editedAt !== undefined) losses.add("editedAt", "a send cannot carry an edit time", "dropped");
  if (draft.recalledAt !== undefined)
    losses.add("recalledAt", "a send cannot carry a recall time", "dropped");
  const request = msg.sendMessageSend.fromPartial({
    msgId: draft.id ?? "",
    chatId: draft.conversation.id,
    chatType: chatTypeOf(draft),
    contentType: body.contentType,
    commandId: draft.command?.id ?? 0,
    quoteMsgId: quote?.messageId ?? "",
    data: {
      text: body.text ?? "",
      buttons,
      mentionedId: mentions,
      quoteMsgText: quote?.text ?? "",
      quoteImageUrl: quote?.imageUrl ?? "",
      quoteImageName: quote?.imageName ?? "",
      quoteVideoUrl: quote?.videoUrl ?? "",
      quoteVideoTime: quote?.videoDurationSeconds ?? 0,
      fileName: body.fileName ?? "",
      fileKey: body.contentType === 4 ? (body.objectKey ?? body.objectUrl ?? "") : "",
      fileSize: body.size ?? 0,
      image: body.contentType === 2 ? (body.objectKey ?? body.objectUrl ?? "") : "",
      audio: body.contentType === 11 ? (body.objectKey ?? body.objectUrl ?? "") : "",
      audioTime: body.audioSeconds ?? 0,
      form: body.form ?? "",
      postId: body.post?.id ?? "",
      postTitle: body.post?.title ?? "",
      postContent: body.post?.content ?? "",
      postType: body.post?.type ?? "",
      stickerItemId: body.sticker?.itemId ?? 0,
      stickerPackId: body.sticker?.packId ?? 0,
      expressionId: body.sticker?.expressionId ?? "",
      roomName: body.call?.text ?? "",
    },
    media: mediaOf(body),
  });
  if (draft.command?.name !== undefined && draft.command.id === undefined) {
    losses.add("command", "Yunhu sends name commands by ID only", "dropped");
  }
  if (body.mimeType !== undefined && request.media === undefined) {
    losses.add("content.mimeType", "Yunhu takes a MIME type only for uploaded objects", "dropped");
  }
  if (body.sticker?.url !== undefined)
    losses.add("content.url", "Yunhu resolves sticker URLs from their IDs", "dropped");
  if (body.call?.status !== undefined)
    losses.add("content.data", "a sent call carries only its room name", "dropped");
  return losses.finish(request);
}

/** Uploaded objects are referenced by key in `media`; plain URLs need none. */
function mediaOf(body: YunhuBody): msg.sendMessageSend_Media | undefined {
  if (body.objectKey === undefined || (body.contentType !== 2 && body.contentType !== 11)) return undefined;
  return msg.sendMessageSend_Media.fromPartial({
    fileKey: body.objectKey,
    fileKey2: body.objectKey,
    fileType: body.mimeType ?? "",
    imageWidth: body.width ?? 0,
    imageHeight: body.height ?? 0,
    fileSize: body.size ?? 0,
  });
}

/** Converts a message into Yunhu's `edit_message_send` request; only text, markdown and HTML can be edited in. */
export function toYunhuEditMessage(
  draft: MessageDraft & { id: string },
  options: ToNativeOptions = {},
): Converted<msg.editMessageSend> {
  const { body, losses, quote, mentions, buttons } = prepare(draft, options);
  let text = body.text ?? "";
  let contentType = body.contentType;
  if (!isTextLike(body)) {
    losses.add("content", "Yunhu edits only text, markdown and HTML; edited in as text", "text-rendering");
    text = renderContentAsText(draft.content);
    contentType = 1;
  }
  if (mentions.length) losses.add("mentions", "Yunhu edits cannot change mentions", "dropped");
  if (draft.command) losses.add("command", "Yunhu edits cannot change the command", "dropped");
  if (quote && (quote.imageUrl || quote.videoUrl)) {
    losses.add("quote", "Yunhu edits keep only the quoted text", "dropped");
  }
  const request = msg.editMessageSend.fromPartial({
    msgId: draft.id,
    chatId: draft.conversation.id,
    chatType: chatTypeOf(draft),
    contentType,
    quoteMsgId: quote?.messageId ?? "",
    content: { text, buttons, quoteMsgText: quote?.text ?? "" },
  });
  return losses.finish(request);
}

/**
 * Converts a message into Yunhu's stored `Msg` shape, as the list-message endpoints return it:
 * for fakes, fixtures and round trips.
 */
export function toYunhuMsg(draft: MessageDraft, options: ToNativeOptions = {}): Converted<msg.Msg> {
  const { body, losses, quote, mentions, buttons } = prepare(draft, options);
  if (!draft.id) throw new InvalidIdError("yunhu", "id", "is required for a stored message");
  if (body.objectKey !== undefined)
    losses.add("content.objectId", "stored Yunhu messages show URLs only", "dropped");
  const sender = draft.sender;
  const stored = msg.Msg.fromPartial({
    msgId: draft.id,
    sender: sender
      ? {
          chatId: sender.id,
          chatType: sender.kind === "bot" ? 3 : sender.kind === "user" ? 1 : 0,
          name: sender.name ?? "",
          avatarUrl: sender.avatarUrl ?? "",
        }
      : undefined,
    contentType: body.contentType,
    sendTime: draft.time ?? 0,
    quoteMsgId: quote?.messageId ?? "",
    editTime: draft.editedAt ?? 0,
    msgDeleteTime: draft.recalledAt ?? 0,
    cmd: draft.command
      ? { cmdId: draft.command.id ?? 0, name: draft.command.name ?? "", type: draft.command.type ?? 0 }
      : undefined,
    content: {
      text: body.text ?? "",
      buttons,
      at: mentions,
      quoteMsgText: quote?.text ?? "",
      quoteImageUrl: quote?.imageUrl ?? "",
      quoteImageName: quote?.imageName ?? "",
      quoteVideoUrl: quote?.videoUrl ?? "",
      quoteVideoTime: quote?.videoDurationSeconds ?? 0,
      imageUrl: body.contentType === 2 ? (body.objectUrl ?? "") : "",
      fileUrl: body.contentType === 4 ? (body.objectUrl ?? "") : "",
      fileName: body.fileName ?? "",
      fileSize: body.size ?? 0,
      width: body.width ?? 0,
      height: body.height ?? 0,
      audioUrl: body.contentType === 11 ? (body.objectUrl ?? "") : "",
      audioTime: body.audioSeconds ?? 0,
      form: body.form ?? "",
      postId: body.post?.id ?? "",
      postTitle: body.post?.title ?? "",
      postContent: body.post?.content ?? "",
      postContentType: body.post?.type ?? "",
      stickerUrl: body.sticker?.url ?? "",
      stickerItemId: body.sticker?.itemId ?? 0,
      stickerPackId: body.sticker?.packId ?? 0,
      expressionId: body.sticker?.expressionId ?? "",
      callText: body.call?.text ?? "",
      callStatusText: body.call?.status ?? "",
    },
  });
  if (body.mimeType !== undefined)
    losses.add("content.mimeType", "stored Yunhu messages have no MIME type", "dropped");
  return losses.finish(stored);
}
