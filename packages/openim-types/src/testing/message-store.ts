import { IMMessage } from "../gen/shared.js";

/** Deep copy through the codec, so stores never share objects and unknown fields survive. */
export const copyMessage = (message: IMMessage): IMMessage =>
  IMMessage.decode(IMMessage.encode(message).finish());

export interface StoredMessage {
  readonly conversationID: string;
  readonly message: IMMessage;
}

/**
 * One user's messages: a list per conversation, oldest first, and an index of every stored
 * clientMsgID across all of them (for lookups and for SendMessage's dedupe).
 *
 * Bounded: a conversation keeps at most `limit` messages. Storing one more evicts that
 * conversation's oldest message, from the list and from the index, so an evicted message can no
 * longer be found, paged to, or deduped against.
 */
export class UserMessages {
  private readonly lists = new Map<string, IMMessage[]>();
  private readonly index = new Map<string, string>();

  constructor(private readonly limit: number) {}

  /** The live list of a conversation, oldest first (empty when there is none). */
  list(conversationID: string): readonly IMMessage[] {
    return this.lists.get(conversationID) ?? [];
  }

  has(conversationID: string): boolean {
    return this.lists.has(conversationID);
  }

  conversationIDs(): string[] {
    return [...this.lists.keys()];
  }

  /** Appends a copy; returns the messages evicted to make room. */
  append(conversationID: string, message: IMMessage): IMMessage[] {
    let list = this.lists.get(conversationID);
    if (!list) {
      list = [];
      this.lists.set(conversationID, list);
    }
    const previous = message.clientMsgID === "" ? undefined : this.index.get(message.clientMsgID);
    if (previous !== undefined) this.remove(previous, message.clientMsgID);
    list.push(copyMessage(message));
    if (message.clientMsgID !== "") this.index.set(message.clientMsgID, conversationID);
    const evicted = list.length > this.limit ? list.splice(0, list.length - this.limit) : [];
    for (const old of evicted) {
      if (this.index.get(old.clientMsgID) === conversationID) this.index.delete(old.clientMsgID);
    }
    return evicted;
  }

  /** Finds a message by clientMsgID in any conversation. */
  find(clientMsgID: string): StoredMessage | undefined {
    const conversationID = this.index.get(clientMsgID);
    if (conversationID === undefined) return undefined;
    const message = this.lists.get(conversationID)?.find((m) => m.clientMsgID === clientMsgID);
    return message ? { conversationID, message } : undefined;
  }

  /** Replaces a stored message in place (same clientMsgID); false when it is not stored. */
  replace(conversationID: string, message: IMMessage): boolean {
    const list = this.lists.get(conversationID);
    const at = list?.findIndex((m) => m.clientMsgID === message.clientMsgID) ?? -1;
    if (!list || at < 0) return false;
    list[at] = copyMessage(message);
    return true;
  }

  remove(conversationID: string, clientMsgID: string): boolean {
    const list = this.lists.get(conversationID);
    const at = list?.findIndex((m) => m.clientMsgID === clientMsgID) ?? -1;
    if (!list || at < 0) return false;
    list.splice(at, 1);
    if (this.index.get(clientMsgID) === conversationID) this.index.delete(clientMsgID);
    return true;
  }

  /** Empties a conversation (and forgets it when `forget`). */
  clear(conversationID: string, forget = false): void {
    for (const message of this.lists.get(conversationID) ?? []) this.index.delete(message.clientMsgID);
    if (forget) this.lists.delete(conversationID);
    else if (this.lists.has(conversationID)) this.lists.set(conversationID, []);
  }

  clearAll(): void {
    for (const conversationID of this.lists.keys()) this.clear(conversationID);
  }
}
