import type { ChatContent } from "./chat-content.js";
import type { RelayOrigin } from "./ext-envelope.js";

/** Who a conversation is with: a user (one-to-one), a group, or a bot / system account. */
export type ConversationKind = "user" | "group" | "bot";

/** A conversation: its kind and the ID the system gives it. */
export interface ConversationRef {
  kind: ConversationKind;
  id: string;
}

/** Who sent a message. */
export interface ChatSender {
  id: string;
  name?: string;
  avatarUrl?: string;
  kind?: "user" | "bot" | "system";
}

/** The message a reply refers to. `message` is the full quoted message when the system embeds it. */
export interface QuoteRef {
  messageId: string;
  text?: string;
  senderId?: string;
  senderName?: string;
  imageUrl?: string;
  imageName?: string;
  videoUrl?: string;
  videoDurationSeconds?: number;
  message?: ChatMessage;
}

/** A user named (@) in a message. */
export interface Mention {
  userId: string;
  name?: string;
}

/** An inline button. `link` opens `url`, `copy` copies `value`, `report` sends `value` back to the bot. */
export interface ChatButton {
  text: string;
  action: "link" | "copy" | "report";
  url?: string;
  value?: string;
}

/** The bot command a message invoked. */
export interface CommandRef {
  id?: number;
  name?: string;
  type?: number;
}

/**
 * One chat message in a shape shared by OpenIM, MaxIM and Yunhu. `raw` is the system's own
 * message exactly as it was received, so nothing the model leaves out is lost.
 */
export interface ChatMessage<Raw = unknown> {
  id: string;
  /** The system the message came from: "openim", "maxim", "yunhu", or a custom platform's name. */
  source: string;
  conversation: ConversationRef;
  sender: ChatSender;
  /** Milliseconds since the Unix epoch. */
  time: number;
  content: ChatContent;
  quote?: QuoteRef;
  mentions?: Mention[];
  /** Rows of buttons. */
  buttons?: ChatButton[][];
  command?: CommandRef;
  /** Free-form application data the system carries alongside the message (OpenIM `ex`, MaxIM `ext`). */
  ext?: string;
  /** Set on a copy a relay wrote: where it came from (kept in OpenIM `ex` and MaxIM `ext`, beside `ext`). */
  origin?: RelayOrigin;
  /** Milliseconds since the Unix epoch of the last edit. */
  editedAt?: number;
  /** Milliseconds since the Unix epoch of the recall, for a recalled message. */
  recalledAt?: number;
  raw: Raw;
}

/** What a caller provides to send: the content and the optional parts around it. */
export interface OutgoingMessage {
  content: ChatContent;
  quote?: QuoteRef;
  mentions?: Mention[];
  buttons?: ChatButton[][];
  command?: CommandRef;
  ext?: string;
  /** Marks a relayed copy; written by `relay`, into the system's extension field where it has one. */
  origin?: RelayOrigin;
}

/** Input of the `to<System>` converters: an outgoing message plus whatever identity is already known. */
export interface MessageDraft extends OutgoingMessage {
  conversation: ConversationRef;
  id?: string;
  sender?: ChatSender;
  time?: number;
  editedAt?: number;
  recalledAt?: number;
}
