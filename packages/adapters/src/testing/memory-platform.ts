import type { ChatMessage, ConversationRef, OutgoingMessage } from "../model/chat-message.js";
import type {
  CallSignal,
  ChatPlatform,
  HistoryOptions,
  HistoryPage,
  PlatformEvent,
  SendOptions,
  SentMessage,
} from "../platform/chat-platform.js";
import {
  PlatformError,
  type PlatformErrorReason,
  type PlatformOperation,
} from "../platform/platform-error.js";

/** Options of `createMemoryPlatform`. */
export interface MemoryPlatformOptions {
  /** Default "memory". */
  name?: string;
  /** The sender of what this platform sends. Default "me". */
  selfId?: string;
  /** Clock in ms. Default: a counter starting at 1, so tests are deterministic. */
  now?: () => number;
}

/** A `ChatPlatform` held in memory, with failure injection: for testing code written against `ChatPlatform`. */
export interface MemoryPlatform extends ChatPlatform {
  /** The stored messages of a conversation, oldest first. */
  messages(conversation: ConversationRef): ChatMessage[];
  /** Stores a message as if someone else had sent it; returns it. */
  receive(
    conversation: ConversationRef,
    message: OutgoingMessage & { senderId: string; time?: number },
  ): ChatMessage;
  /** Makes the next `times` calls of `operation` fail with a `PlatformError` of `code`. */
  failNext(operation: PlatformOperation, times?: number, reason?: PlatformErrorReason): void;
  /** How many sends reached the store (repeats of an idempotency key count once). */
  readonly sendCount: number;
  subscribe(listener: (event: PlatformEvent) => void): () => void;
  edit(
    conversation: ConversationRef,
    messageId: string,
    message: OutgoingMessage,
    options?: SendOptions,
  ): Promise<SentMessage>;
}

const keyOf = (conversation: ConversationRef) => `${conversation.kind}:${conversation.id}`;

/** Creates a `MemoryPlatform`: a `ChatPlatform` held in memory, for tests. */
export function createMemoryPlatform(options: MemoryPlatformOptions = {}): MemoryPlatform {
  const name = options.name ?? "memory";
  const selfId = options.selfId ?? "me";
  let tick = 0;
  const now = options.now ?? (() => ++tick);
  const conversations = new Map<string, ChatMessage[]>();
  const byIdempotencyKey = new Map<string, string>();
  const failures: { operation: PlatformOperation; reason: PlatformErrorReason }[] = [];
  const listeners = new Set<(event: PlatformEvent) => void>();
  let nextId = 1;
  let sendCount = 0;

  const list = (conversation: ConversationRef) => {
    let messages = conversations.get(keyOf(conversation));
    if (!messages) {
      messages = [];
      conversations.set(keyOf(conversation), messages);
    }
    return messages;
  };

  const maybeFail = (operation: PlatformOperation, signal?: AbortSignal) => {
    if (signal?.aborted) throw new PlatformError("aborted", { platform: name, operation, reason: "aborted" });
    const index = failures.findIndex((failure) => failure.operation === operation);
    if (index < 0) return;
    const [failure] = failures.splice(index, 1);
    throw new PlatformError(`injected ${failure!.reason} failure`, {
      platform: name,
      operation,
      reason: failure!.reason,
    });
  };

  const find = (conversation: ConversationRef, messageId: string, operation: PlatformOperation) => {
    const message = list(conversation).find((stored) => stored.id === messageId);
    if (!message) {
      throw new PlatformError(`no message ${messageId} in ${keyOf(conversation)}`, {
        platform: name,
        operation,
        reason: "rejected",
      });
    }
    return message;
  };

  const store = (conversation: ConversationRef, message: OutgoingMessage, senderId: string, time = now()) => {
    const stored: ChatMessage = {
      ...message,
      id: `${name}-${nextId++}`,
      source: name,
      conversation,
      sender: { id: senderId },
      time,
      raw: message,
    };
    list(conversation).push(stored);
    for (const listener of listeners) listener({ type: "message", message: stored });
    return stored;
  };

  return {
    name,
    capabilities: { edit: true, recall: true, events: true },
    get sendCount() {
      return sendCount;
    },
    async send(conversation, message, sendOptions: SendOptions = {}) {
      maybeFail("send", sendOptions.signal);
      const known = sendOptions.idempotencyKey ? byIdempotencyKey.get(sendOptions.idempotencyKey) : undefined;
      if (known) return { id: known, message: find(conversation, known, "send"), losses: [] };
      sendCount++;
      const stored = store(conversation, message, selfId);
      if (sendOptions.idempotencyKey) byIdempotencyKey.set(sendOptions.idempotencyKey, stored.id);
      return { id: stored.id, message: stored, losses: [] };
    },
    async *history(conversation, historyOptions: HistoryOptions = {}): AsyncIterable<HistoryPage> {
      const pageSize = historyOptions.pageSize ?? 50;
      let end = list(conversation).length;
      while (end > 0) {
        maybeFail("history", historyOptions.signal);
        const start = Math.max(0, end - pageSize);
        yield { messages: list(conversation).slice(start, end) };
        end = start;
      }
    },
    async recall(conversation, messageId, callOptions: CallSignal = {}) {
      maybeFail("recall", callOptions.signal);
      const message = find(conversation, messageId, "recall");
      message.recalledAt = now();
      for (const listener of listeners)
        listener({ type: "recalled", messageId, recalledBy: selfId, at: message.recalledAt });
    },
    async edit(conversation, messageId, message, editOptions: SendOptions = {}) {
      maybeFail("edit", editOptions.signal);
      const stored = find(conversation, messageId, "edit");
      Object.assign(stored, message, { editedAt: now() });
      for (const listener of listeners) listener({ type: "edited", message: stored });
      return { id: messageId, message: stored, losses: [] };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    messages: (conversation) => [...list(conversation)],
    receive: (conversation, { senderId, time, ...message }) => store(conversation, message, senderId, time),
    failNext(operation, times = 1, reason = "unavailable") {
      for (let i = 0; i < times; i++) failures.push({ operation, reason });
    },
  };
}
