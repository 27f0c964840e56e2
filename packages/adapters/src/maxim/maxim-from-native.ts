import { withoutUndefined } from "../conversion/without-undefined.js";
import type { ChatContent } from "../model/chat-content.js";
import type { ChatMessage, ConversationRef } from "../model/chat-message.js";
import { unwrapExt } from "../model/ext-envelope.js";
import { parseMaximAttachment } from "./maxim-attachment.js";
import { maximRowForCType } from "./maxim-content-table.js";
import { idFromInt64, timeFromInt64 } from "./maxim-int64.js";
import type { MaximStoredMessage } from "./maxim-shapes.js";

/** Options of `fromMaximMessage`. */
export interface FromMaximOptions {
  /** The conversation the message was read from; MaxIM messages do not say whether it is a group. */
  conversation?: ConversationRef;
  /** The acting user, to name one-to-one conversations after the peer. */
  selfUserId?: string;
}

/** Converts a stored MaxIM message into a `ChatMessage`; the original is kept as `raw`. */
export function fromMaximMessage(
  message: MaximStoredMessage,
  options: FromMaximOptions = {},
): ChatMessage<MaximStoredMessage> {
  const senderId = idFromInt64(message.from_xid?.uid);
  const receiverId = idFromInt64(message.to_xid?.uid);
  const conversation = options.conversation ?? {
    kind: "user" as const,
    id: options.selfUserId !== undefined && receiverId === options.selfUserId ? senderId : receiverId,
  };
  const { ext, marks } = unwrapExt(message.ext === "" ? undefined : message.ext);
  return withoutUndefined({
    id: idFromInt64(message.msg_id),
    source: "maxim",
    conversation,
    sender: { id: senderId },
    time: timeFromInt64(message.timestamp),
    content: contentOf(message),
    ext,
    origin: marks?.origin,
    raw: message,
  });
}

function contentOf(message: MaximStoredMessage): ChatContent {
  const row = maximRowForCType(message.ctype);
  const text = message.content ?? "";
  if (!row)
    return withoutUndefined({
      kind: "unknown",
      system: "maxim",
      type: message.ctype ?? "",
      text: text || undefined,
    });
  if (row.kind === "text") return { kind: "text", text };
  if (row.kind === "custom") return { kind: "custom", data: text };
  if (row.kind === "forward")
    return { kind: "forward", summaries: text === "" ? [] : text.split("\n"), messages: [] };
  const attachment = parseMaximAttachment(message.attachment);
  switch (row.kind) {
    case "image":
      return withoutUndefined({
        kind: "image" as const,
        url: attachment.url ?? "",
        name: attachment.dName,
        size: attachment.fLen,
        width: attachment.width,
        height: attachment.height,
      });
    case "audio":
      return withoutUndefined({
        kind: "audio" as const,
        url: attachment.url ?? "",
        name: attachment.dName,
        size: attachment.fLen,
        durationSeconds: attachment.duration,
      });
    case "video":
      return withoutUndefined({
        kind: "video" as const,
        url: attachment.url ?? "",
        name: attachment.dName,
        size: attachment.fLen,
        durationSeconds: attachment.duration,
        width: attachment.width,
        height: attachment.height,
      });
    case "file":
      return withoutUndefined({
        kind: "file" as const,
        url: attachment.url ?? "",
        name: attachment.dName ?? "",
        size: attachment.fLen,
      });
    default:
      // Without both coordinates the attachment is in a shape chatwire does not know: say so rather than guess.
      if (attachment.latitude === undefined || attachment.longitude === undefined) {
        return withoutUndefined({
          kind: "unknown",
          system: "maxim",
          type: row.ctype,
          text: text || undefined,
        });
      }
      return withoutUndefined({
        kind: "location" as const,
        latitude: attachment.latitude,
        longitude: attachment.longitude,
        description: attachment.address ?? (text || undefined),
      });
  }
}
