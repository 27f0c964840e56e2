import type { ContentKind } from "../model/chat-content.js";

/** One row of the Yunhu content table: a content type number and the content kind it maps to. */
export interface YunhuContentRow {
  contentType: number;
  kind: ContentKind;
  /** Read (`Msg.content`) and send (`send_message_send.data`) fields that carry it. */
  note: string;
}

/**
 * Every Yunhu `content_type` and the `ChatMessage` content kind it becomes. Both Yunhu converters
 * read this one table. Messages of another type that carry a `video_url` read as `video`, those
 * carrying only a `tip` as a `tip` notification, and anything else as `unknown`.
 */
export const yunhuContentTable: readonly YunhuContentRow[] = [
  { contentType: 1, kind: "text", note: "`text`" },
  {
    contentType: 2,
    kind: "image",
    note: "read `image_url`, `width`, `height`, `file_size`; send `image` (+ `media` for keys)",
  },
  { contentType: 3, kind: "markdown", note: "`text`" },
  {
    contentType: 4,
    kind: "file",
    note: "read `file_name`, `file_url`, `file_size`; send `file_name`, `file_key`, `file_size`",
  },
  { contentType: 5, kind: "custom", note: '`form`, as `type: "form"`' },
  {
    contentType: 6,
    kind: "post",
    note: '`post_id`, `post_title`, `post_content`, type "1" text / "2" markdown',
  },
  {
    contentType: 7,
    kind: "sticker",
    note: "read `sticker_url`; both `sticker_item_id`, `sticker_pack_id`, `expression_id`",
  },
  { contentType: 8, kind: "html", note: "`text`" },
  { contentType: 11, kind: "audio", note: "read `audio_url`, send `audio`; `audio_time` in seconds" },
  {
    contentType: 13,
    kind: "notification",
    note: 'event `"call"`: read `call_text`, `call_status_text`; send `room_name`',
  },
];

const rowsByType = new Map(yunhuContentTable.map((row) => [row.contentType, row]));

export function yunhuRowForContentType(contentType: number): YunhuContentRow | undefined {
  return rowsByType.get(contentType);
}

/** Yunhu chat types: 1 user, 2 group, 3 bot. */
export const yunhuChatTypes = { user: 1, group: 2, bot: 3 } as const;

export function conversationKindOfChatType(chatType: number): "user" | "group" | "bot" | undefined {
  if (chatType === 1) return "user";
  if (chatType === 2) return "group";
  if (chatType === 3) return "bot";
  return undefined;
}
