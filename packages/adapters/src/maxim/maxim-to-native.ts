import type { Converted, ToNativeOptions } from "../conversion/conversion-loss.js";
import { LossCollector } from "../conversion/loss-collector.js";
import type { ChatContent } from "../model/chat-content.js";
import type { MessageDraft } from "../model/chat-message.js";
import { wrapExt } from "../model/ext-envelope.js";
import { renderButtonsAsText, renderContentAsText, renderQuoteAsText } from "../model/text-rendering.js";
import { formatMaximAttachment, type MaximAttachment } from "./maxim-attachment.js";
import { maximRowForKind } from "./maxim-content-table.js";
import { int64FromId } from "./maxim-int64.js";
import type { Int64, MaximSendBody, MaximStoredMessage } from "./maxim-shapes.js";

export interface ToMaximOptions extends ToNativeOptions {
  /** Idempotency key of the send; MaxIM ignores a repeated send with the same value. */
  transactionId?: Int64;
}

interface MaximBody {
  row: NonNullable<ReturnType<typeof maximRowForKind>>;
  content: string;
  attachment: MaximAttachment;
}

const TARGET = "maxim";

/** Converts a message into the body of MaxIM's `POST /message/send`. */
export function toMaximSendBody(draft: MessageDraft, options: ToMaximOptions = {}): Converted<MaximSendBody> {
  const losses = new LossCollector(TARGET, options.strict);
  const body = maximBody(draft, losses);
  const send: MaximSendBody = {
    attachment: formatMaximAttachment(body.attachment),
    content: body.content,
    content_type: body.row.contentType,
    targets: [int64FromId(draft.conversation.id, "conversation.id")],
    type: draft.conversation.kind === "group" ? 2 : 1,
  };
  if (draft.conversation.kind === "bot") {
    losses.add("conversation.kind", "MaxIM has no bot conversations; addressed as a user", "approximated");
  }
  const ext = wrapExt(draft.ext, { origin: draft.origin });
  if (ext !== undefined) send.ext = ext;
  if (draft.sender?.id) send.from_user_id = int64FromId(draft.sender.id, "sender.id");
  if (options.transactionId !== undefined) send.transaction_id = options.transactionId;
  return losses.finish(send);
}

/**
 * Converts a message into MaxIM's stored-message shape, as `GET /message/conversation` returns it:
 * for fakes, fixtures and round trips.
 */
export function toMaximStoredMessage(
  draft: MessageDraft,
  options: ToNativeOptions = {},
): Converted<MaximStoredMessage> {
  const losses = new LossCollector(TARGET, options.strict);
  const body = maximBody(draft, losses);
  const stored: MaximStoredMessage = {
    ctype: body.row.ctype,
    content: body.content,
    msg_id: int64FromId(draft.id ?? "0", "id"),
    timestamp: draft.time ?? 0,
  };
  const attachment = formatMaximAttachment(body.attachment);
  if (attachment !== "") stored.attachment = attachment;
  if (draft.sender?.id) stored.from_xid = { uid: int64FromId(draft.sender.id, "sender.id") };
  stored.to_xid = { uid: int64FromId(draft.conversation.id, "conversation.id") };
  const ext = wrapExt(draft.ext, { origin: draft.origin });
  if (ext !== undefined) stored.ext = ext;
  return losses.finish(stored);
}

function maximBody(draft: MessageDraft, losses: LossCollector): MaximBody {
  const body = contentBody(draft.content, losses);
  const isText = body.row.ctype === "TEXT";
  if (draft.quote) {
    if (isText) {
      body.content = `${renderQuoteAsText(draft.quote)}\n${body.content}`;
      losses.add("quote", "MaxIM has no quotes; the quoted text leads the message", "text-rendering");
    } else {
      losses.add("quote", "MaxIM has no quotes", "dropped");
    }
  }
  if (draft.mentions?.length) losses.add("mentions", "MaxIM's message API has no mentions", "dropped");
  if (draft.buttons?.length) {
    if (isText) {
      body.content = `${body.content}\n${renderButtonsAsText(draft.buttons)}`;
      losses.add("buttons", "MaxIM messages have no buttons; appended as text lines", "text-rendering");
    } else {
      losses.add("buttons", "MaxIM messages have no buttons", "dropped");
    }
  }
  if (draft.command) losses.add("command", "MaxIM messages do not record bot commands", "dropped");
  if (draft.editedAt !== undefined) losses.add("editedAt", "MaxIM messages do not record edits", "dropped");
  if (draft.recalledAt !== undefined)
    losses.add("recalledAt", "MaxIM keeps no recall time on messages", "dropped");
  return body;
}

function row(kind: ChatContent["kind"]): MaximBody["row"] {
  return maximRowForKind(kind)!;
}

function textBody(text: string): MaximBody {
  return { row: row("text"), content: text, attachment: {} };
}

function contentBody(content: ChatContent, losses: LossCollector): MaximBody {
  switch (content.kind) {
    case "text":
      // Even an empty list is reported: OpenIM uses it to mark advanced text, which MaxIM cannot mark.
      if (content.entities !== undefined)
        losses.add("content.entities", "MaxIM text has no entities", "dropped");
      return textBody(content.text);
    case "image":
      reportMediaExtras(content, losses);
      if (content.large) losses.add("content.large", "MaxIM keeps one image rendition", "dropped");
      if (content.thumbnail) losses.add("content.thumbnail", "MaxIM keeps one image rendition", "dropped");
      return {
        row: row("image"),
        content: "",
        attachment: {
          url: content.url,
          dName: content.name,
          fLen: content.size,
          width: content.width,
          height: content.height,
        },
      };
    case "audio":
      reportMediaExtras(content, losses);
      return {
        row: row("audio"),
        content: "",
        attachment: {
          url: content.url,
          dName: content.name,
          fLen: content.size,
          duration: content.durationSeconds,
        },
      };
    case "video":
      reportMediaExtras(content, losses);
      if (content.thumbnail) losses.add("content.thumbnail", "MaxIM videos have no cover image", "dropped");
      return {
        row: row("video"),
        content: "",
        attachment: {
          url: content.url,
          dName: content.name,
          fLen: content.size,
          duration: content.durationSeconds,
          width: content.width,
          height: content.height,
        },
      };
    case "file":
      reportMediaExtras(content, losses);
      return {
        row: row("file"),
        content: "",
        attachment: { url: content.url, dName: content.name, fLen: content.size },
      };
    case "location":
      return {
        row: row("location"),
        content: content.description ?? "",
        attachment: {
          latitude: content.latitude,
          longitude: content.longitude,
          address: content.description,
        },
      };
    case "custom":
      if (content.type !== undefined)
        losses.add("content.type", "MaxIM commands have no type name", "dropped");
      if (content.description !== undefined)
        losses.add("content.description", "MaxIM commands have no description", "dropped");
      if (content.extension !== undefined)
        losses.add("content.extension", "MaxIM commands have no extension", "dropped");
      if (content.delivery !== undefined)
        losses.add("content.delivery", "MaxIM has no delivery hints", "dropped");
      return { row: row("custom"), content: content.data, attachment: {} };
    case "forward": {
      if (content.title !== undefined) losses.add("content.title", "MaxIM forwards have no title", "dropped");
      if (content.entities?.length)
        losses.add("content.entities", "MaxIM forwards have no entities", "dropped");
      let summaries = content.summaries;
      if (content.messages.length) {
        if (summaries.length === 0) {
          summaries = renderContentAsText({ ...content, title: undefined })
            .split("\n")
            .slice(1);
          losses.add(
            "content.messages",
            "MaxIM forwards carry text only; each message became a line",
            "text-rendering",
          );
        } else {
          losses.add(
            "content.messages",
            "MaxIM forwards carry text only; the summaries stand for them",
            "dropped",
          );
        }
      }
      return { row: row("forward"), content: summaries.join("\n"), attachment: {} };
    }
    case "sticker":
      if (content.url !== undefined) {
        losses.add("content", "MaxIM has no stickers; sent as an image", "approximated");
        return { row: row("image"), content: "", attachment: { url: content.url } };
      }
      losses.add("content", "MaxIM has no stickers; sent as text", "text-rendering");
      return textBody(renderContentAsText(content));
    case "markdown":
    case "html":
    case "post":
    case "card":
    case "stream":
    case "notification":
      losses.add("content", `MaxIM has no ${content.kind} messages; sent as text`, "text-rendering");
      return textBody(renderContentAsText(content));
    case "unknown":
      losses.add(
        "content",
        `unknown ${content.system} content type ${content.type}; sent as text`,
        "text-rendering",
      );
      return textBody(renderContentAsText(content));
  }
}

function reportMediaExtras(content: { objectId?: string; mimeType?: string }, losses: LossCollector): void {
  if (content.objectId !== undefined)
    losses.add("content.objectId", "MaxIM attachments have no object ID", "dropped");
  if (content.mimeType !== undefined)
    losses.add("content.mimeType", "MaxIM attachments have no MIME type", "dropped");
}
