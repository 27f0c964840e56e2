import type { ContentType, MessageStatus } from "../content-type.js";
import { contentTypeName } from "../content-type.js";
import { BoundedMap } from "./bounded-map.js";

/** A message as the fake keeps it; every ID is a bigint. */
export interface StoredMessage {
  msgId: bigint;
  conversationKey: string;
  from: bigint;
  to: bigint;
  contentType: ContentType;
  content: string;
  attachment: string;
  config?: string;
  ext?: string;
  timestamp: number;
}

export interface NewMessage {
  from: bigint;
  target: bigint;
  targetType: 1 | 2;
  contentType: ContentType;
  content: string;
  attachment: string;
  config?: string;
  ext?: string;
}

interface Conversation {
  key: string;
  /** The group ID for group conversations. */
  groupId?: bigint;
  participants: Set<bigint>;
  /** Oldest first. */
  messages: StoredMessage[];
}

export interface MessagePage {
  messages: StoredMessage[];
  nextMsgId: bigint;
  isLast: boolean;
}

const pairKey = (a: bigint, b: bigint) => (a < b ? `u:${a}:${b}` : `u:${b}:${a}`);
const groupKey = (groupId: bigint) => `g:${groupId}`;

/**
 * In-memory conversations. A one-to-one conversation is named, from either side, by the other
 * user's ID; a group conversation by the group ID (looked up first).
 */
/** Users whose read and delete marks are kept; the least recently marked is forgotten first. */
const maxViewers = 10_000;

export interface MessageStoreLimits {
  /** Conversations kept; the least recently active is evicted first. */
  maxConversations: number;
  /** Messages kept per conversation; the oldest is evicted first. */
  maxMessagesPerConversation: number;
}

export class MessageStore {
  private readonly conversations: BoundedMap<string, Conversation>;
  /** viewer → conversation key → highest message ID read. */
  private readonly readUpTo = new BoundedMap<bigint, Map<string, bigint>>(maxViewers);
  /** viewer → conversation key → highest message ID hidden by a delete. */
  private readonly deletedUpTo = new BoundedMap<bigint, Map<string, bigint>>(maxViewers);
  private nextMessageId: bigint;

  constructor(
    firstMessageId: bigint,
    private readonly limits: MessageStoreLimits,
  ) {
    this.nextMessageId = firstMessageId;
    this.conversations = new BoundedMap(limits.maxConversations);
  }

  add(message: NewMessage): StoredMessage {
    const key = message.targetType === 2 ? groupKey(message.target) : pairKey(message.from, message.target);
    let conversation = this.conversations.get(key);
    if (!conversation) {
      conversation = {
        key,
        participants: new Set(),
        messages: [],
        ...(message.targetType === 2 ? { groupId: message.target } : {}),
      };
      this.conversations.set(key, conversation);
    }
    conversation.participants.add(message.from);
    if (message.targetType === 1) conversation.participants.add(message.target);
    const stored: StoredMessage = {
      msgId: this.nextMessageId++,
      conversationKey: key,
      from: message.from,
      to: message.target,
      contentType: message.contentType,
      content: message.content,
      attachment: message.attachment,
      timestamp: Date.now(),
      ...(message.config === undefined ? {} : { config: message.config }),
      ...(message.ext === undefined ? {} : { ext: message.ext }),
    };
    conversation.messages.push(stored);
    if (conversation.messages.length > this.limits.maxMessagesPerConversation) conversation.messages.shift();
    // Setting it again marks the conversation as the most recently active.
    this.conversations.set(key, conversation);
    return stored;
  }

  /** The conversation `viewer` calls `oppositeId`, if any. */
  find(viewer: bigint, oppositeId: bigint): Conversation | undefined {
    return (
      this.conversations.get(groupKey(oppositeId)) ?? this.conversations.get(pairKey(viewer, oppositeId))
    );
  }

  /** Newest first, starting at `startId` inclusive (0 = newest); `nextMsgId` continues the walk. */
  page(viewer: bigint, oppositeId: bigint, startId: bigint, limit: number): MessagePage {
    const visible = this.visibleMessages(viewer, this.find(viewer, oppositeId));
    const newestFirst = visible.filter((message) => startId === 0n || message.msgId <= startId).reverse();
    const messages = newestFirst.slice(0, Math.max(0, limit));
    const next = newestFirst[messages.length];
    return { messages, nextMsgId: next?.msgId ?? 0n, isLast: next === undefined };
  }

  /** Removes a message; false when `viewer` has no such message in that conversation. */
  recall(viewer: bigint, conversationId: bigint, msgId: bigint): boolean {
    const conversation = this.find(viewer, conversationId);
    const index = conversation?.messages.findIndex((message) => message.msgId === msgId) ?? -1;
    if (!conversation || index < 0) return false;
    conversation.messages.splice(index, 1);
    return true;
  }

  /** Hides the conversation's current messages from `viewer`; later messages show it again. */
  deleteFor(viewer: bigint, conversationId: bigint): void {
    const conversation = this.find(viewer, conversationId);
    const last = conversation?.messages.at(-1);
    if (conversation && last) markUpTo(this.deletedUpTo, viewer, conversation.key, last.msgId);
  }

  /** Marks messages up to `msgId` (default: all) as read by `viewer`; false when nothing matches. */
  acknowledge(viewer: bigint, conversationId: bigint | undefined, msgId: bigint | undefined): boolean {
    if (conversationId === undefined && msgId === undefined) return true;
    const holds = (conversation: Conversation) =>
      conversation.messages.some((message) => message.msgId === msgId);
    const conversation =
      conversationId === undefined
        ? this.conversationsOf(viewer).find(holds)
        : this.find(viewer, conversationId);
    if (!conversation || (msgId !== undefined && !holds(conversation))) return false;
    const upTo = msgId ?? conversation.messages.at(-1)?.msgId;
    if (upTo !== undefined) markUpTo(this.readUpTo, viewer, conversation.key, upTo);
    return true;
  }

  /** `viewer`'s conversations, most recently active first, with how many messages they have not read. */
  unread(viewer: bigint): { oppositeId: bigint; count: number }[] {
    return this.conversationsOf(viewer)
      .map((conversation) => {
        const visible = this.visibleMessages(viewer, conversation);
        const readMark = this.readUpTo.get(viewer)?.get(conversation.key) ?? -1n;
        return {
          oppositeId: conversation.groupId ?? otherParticipant(conversation, viewer),
          count: visible.filter((message) => message.from !== viewer && message.msgId > readMark).length,
          latest: visible.at(-1)?.msgId ?? -1n,
        };
      })
      .filter((entry) => entry.latest >= 0n)
      .sort((a, b) => (a.latest > b.latest ? -1 : 1))
      .map(({ oppositeId, count }) => ({ oppositeId, count }));
  }

  /** READ once the receiver has acknowledged it; group messages count as DELIVERED. */
  statusOf(message: StoredMessage): MessageStatus {
    if (message.conversationKey.startsWith("g:")) return "DELIVERED";
    const readMark = this.readUpTo.get(message.to)?.get(message.conversationKey) ?? -1n;
    return message.msgId <= readMark ? "READ" : "UNREAD";
  }

  ctypeOf(message: StoredMessage) {
    return contentTypeName(message.contentType);
  }

  private conversationsOf(viewer: bigint): Conversation[] {
    return [...this.conversations.values()].filter((conversation) => conversation.participants.has(viewer));
  }

  private visibleMessages(viewer: bigint, conversation: Conversation | undefined): StoredMessage[] {
    if (!conversation) return [];
    const deletedMark = this.deletedUpTo.get(viewer)?.get(conversation.key) ?? -1n;
    return conversation.messages.filter((message) => message.msgId > deletedMark);
  }
}

function markUpTo(
  marks: BoundedMap<bigint, Map<string, bigint>>,
  viewer: bigint,
  key: string,
  msgId: bigint,
): void {
  let byConversation = marks.get(viewer);
  if (!byConversation) {
    byConversation = new Map();
    marks.set(viewer, byConversation);
  }
  const current = byConversation.get(key) ?? -1n;
  if (msgId > current) byConversation.set(key, msgId);
}

function otherParticipant(conversation: Conversation, viewer: bigint): bigint {
  for (const participant of conversation.participants) if (participant !== viewer) return participant;
  return viewer;
}
