import type { ChatMessage } from "./chat-message.js";

/**
 * What a message says, as one discriminated union over `kind`. Every system's content types map
 * onto these kinds; the mapping tables live in `src/<system>/<system>-content-table.ts`.
 */
export type ChatContent =
  | TextContent
  | MarkdownContent
  | HtmlContent
  | ImageContent
  | AudioContent
  | VideoContent
  | FileContent
  | LocationContent
  | CardContent
  | StickerContent
  | PostContent
  | CustomContent
  | ForwardContent
  | StreamContent
  | NotificationContent
  | UnknownContent;

/** The `kind` tag of each `ChatContent` variant. */
export type ContentKind = ChatContent["kind"];

/** Styling or link ranges inside a text, counted in UTF-16 code units. */
export interface TextEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  ext?: string;
}

/** Plain or formatted text. */
export interface TextContent {
  kind: "text";
  text: string;
  entities?: TextEntity[];
}

/** Markdown source. */
export interface MarkdownContent {
  kind: "markdown";
  markdown: string;
}

/** HTML source. */
export interface HtmlContent {
  kind: "html";
  html: string;
}

/** A stored object (image rendition, video cover, ...). */
export interface MediaObject {
  url: string;
  /** The system's own object key or UUID, when it has one. */
  objectId?: string;
  mimeType?: string;
  /** Bytes. */
  size?: number;
  width?: number;
  height?: number;
}

export interface ImageContent extends MediaObject {
  kind: "image";
  name?: string;
  /** Larger and smaller renditions, when the system keeps them. */
  large?: MediaObject;
  thumbnail?: MediaObject;
}

/** A voice message or audio file. */
export interface AudioContent {
  kind: "audio";
  url: string;
  objectId?: string;
  name?: string;
  mimeType?: string;
  size?: number;
  durationSeconds?: number;
}

/** A video, with its cover picture when the system sends one. */
export interface VideoContent {
  kind: "video";
  url: string;
  objectId?: string;
  name?: string;
  mimeType?: string;
  size?: number;
  width?: number;
  height?: number;
  durationSeconds?: number;
  thumbnail?: MediaObject;
}

/** A file attachment. */
export interface FileContent {
  kind: "file";
  url: string;
  name: string;
  objectId?: string;
  mimeType?: string;
  size?: number;
}

/** A point on the map. */
export interface LocationContent {
  kind: "location";
  latitude: number;
  longitude: number;
  description?: string;
}

/** A contact card: a user shared into the chat. */
export interface CardContent {
  kind: "card";
  userId: string;
  name?: string;
  avatarUrl?: string;
  ext?: string;
}

/** A sticker or emoji face, by URL, by pack/item ID or by index. */
export interface StickerContent {
  kind: "sticker";
  url?: string;
  index?: number;
  data?: string;
  itemId?: number;
  packId?: number;
  expressionId?: string;
}

/** A titled article (Yunhu "post"). */
export interface PostContent {
  kind: "post";
  title: string;
  body: string;
  format: "text" | "markdown";
  postId?: string;
}

/** An application-defined payload. `type` names the payload family when known, e.g. "form". */
export interface CustomContent {
  kind: "custom";
  data: string;
  type?: string;
  description?: string;
  extension?: string;
  /** Delivery hint some systems attach to custom messages. */
  delivery?: "online-only" | "no-conversation-update";
}

/** Several messages forwarded together (OpenIM merge, MaxIM FORWARD). */
export interface ForwardContent {
  kind: "forward";
  title?: string;
  summaries: string[];
  messages: ChatMessage[];
  entities?: TextEntity[];
}

/** A text produced in pieces (e.g. a streamed answer). */
export interface StreamContent {
  kind: "stream";
  format: string;
  text: string;
  packets: string[];
  done: boolean;
}

/**
 * A system notice: group changes, recalls, typing, calls. `event` is a kebab-case name
 * (see the README), `text` a readable summary and `data` the system's structured payload.
 */
export interface NotificationContent {
  kind: "notification";
  event: string;
  text: string;
  data?: unknown;
}

/** A content type the converter does not know. Nothing is guessed; `raw` on the message keeps it all. */
export interface UnknownContent {
  kind: "unknown";
  system: string;
  type: string;
  text?: string;
}
