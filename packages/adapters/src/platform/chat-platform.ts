import type { ConversionLoss } from "../conversion/conversion-loss.js";
import type { ChatMessage, ConversationRef, OutgoingMessage } from "../model/chat-message.js";
import type { PlatformError } from "./platform-error.js";

/** Options of `ChatPlatform.send`. */
export interface SendOptions {
  /**
   * A stable key for this send. Sending again with the same key does not create a second message:
   * each platform turns it into its own mechanism (OpenIM clientMsgID, MaxIM transaction_id,
   * Yunhu msgId).
   */
  idempotencyKey?: string;
  /** Fail with `UnsupportedContentError` (as the cause) instead of falling back. */
  strict?: boolean;
  signal?: AbortSignal;
}

/** What `ChatPlatform.send` returns. */
export interface SentMessage {
  /** The new message's ID; undefined only when the system does not say and it could not be read back. */
  id: string | undefined;
  /** The message as the system stored it, when the system returns it. */
  message?: ChatMessage;
  /** What the target could not carry. */
  losses: ConversionLoss[];
}

/** Options of `ChatPlatform.history`. */
export interface HistoryOptions {
  /** Messages asked for per call. */
  pageSize?: number;
  signal?: AbortSignal;
}

/** One page of history. Pages come newest first; the messages of a page are oldest first. */
export interface HistoryPage {
  messages: ChatMessage[];
}

/** Lets a caller abort a platform call. */
export interface CallSignal {
  signal?: AbortSignal;
}

/** What happened on a platform, for those that push events. */
export type PlatformEvent =
  | { type: "message"; message: ChatMessage }
  | { type: "edited"; message: ChatMessage }
  | { type: "recalled"; messageId: string; recalledBy?: string; at?: number }
  | { type: "error"; error: PlatformError };

/** Which optional operations a platform supports. */
export interface PlatformCapabilities {
  edit: boolean;
  recall: boolean;
  events: boolean;
}

/** One chat system behind one interface. Every method fails with `PlatformError`. */
export interface ChatPlatform {
  /** "openim", "maxim", "yunhu", or the name of a custom platform. */
  readonly name: string;
  readonly capabilities: PlatformCapabilities;
  send(conversation: ConversationRef, message: OutgoingMessage, options?: SendOptions): Promise<SentMessage>;
  /** Walks the conversation backwards in time, one page per iteration. */
  history(conversation: ConversationRef, options?: HistoryOptions): AsyncIterable<HistoryPage>;
  recall(conversation: ConversationRef, messageId: string, options?: CallSignal): Promise<void>;
  /** Present only where the system can edit a sent message. */
  edit?(
    conversation: ConversationRef,
    messageId: string,
    message: OutgoingMessage,
    options?: Omit<SendOptions, "idempotencyKey">,
  ): Promise<SentMessage>;
  /** Present only where the system pushes events; returns the unsubscribe function. */
  subscribe?(listener: (event: PlatformEvent) => void): () => void;
}
