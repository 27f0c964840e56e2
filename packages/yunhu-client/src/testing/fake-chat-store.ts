import {
  type buttonReportSend,
  type editMessageSend,
  Msg,
  Msg_Content,
  type recallMsgBatchSend,
  type recallMsgSend,
  type sendMessageSend,
} from "../gen/v1/msg.js";
import { FakeRefusal, fakeStatusCode, refuseUnless } from "./fake-refusal.js";
import { BoundedLog, type FakeStoreLimits } from "./fake-store-limits.js";

/** A user the fake knows, identified by the token it presents. */
export interface FakeYunhuUser {
  readonly token: string;
  readonly id: string;
  readonly name: string;
  readonly avatarUrl?: string;
}

/** One earlier version of an edited message, as list-message-edit-record reports it. */
export interface FakeEditRecord {
  readonly id: number;
  readonly msgId: string;
  readonly contentType: number;
  readonly contentOld: string;
  readonly createTime: number;
  readonly msgTime: number;
}

/** A button press the fake recorded. */
export interface FakeButtonReport {
  readonly reporterId: string;
  readonly msgId: string;
  readonly chatId: string;
  readonly chatType: number;
  readonly userId: string;
  readonly buttonValue: string;
}

/** A file download the fake recorded. */
export interface FakeDownloadRecord {
  readonly userId: string;
  readonly msgId: string;
  readonly downloadPath: string;
}

/** A chat address: 1 user, 2 group, 3 bot. */
export interface FakeChat {
  readonly chatId: string;
  readonly chatType: number;
}

interface StoredMessage {
  readonly chatKey: string;
  readonly senderId: string;
  msg: Msg;
  /** Encoded size when stored, counted against `maxStoredBytes`. */
  readonly bytes: number;
}

const sendContentTypes = new Set([1, 2, 3, 4, 5, 6, 7, 8, 11, 13]);
const editContentTypes = new Set([1, 3, 8]);
const listMessageBySeqPageSize = 30;

const chatKey = (chat: FakeChat) => `${chat.chatType}:${chat.chatId}`;

function checkChat(chat: FakeChat): void {
  refuseUnless(chat.chatId !== "", fakeStatusCode.invalidRequest, "chat_id is required");
  refuseUnless(
    [1, 2, 3].includes(chat.chatType),
    fakeStatusCode.invalidRequest,
    "chat_type must be 1, 2 or 3",
  );
}

/** Maps what a sender uploads (keys, ids) to what readers see in Msg.Content. */
function contentFromSend(request: sendMessageSend): Msg_Content {
  const data = request.data;
  const media = request.media;
  return Msg_Content.fromPartial({
    text: data?.text,
    buttons: data?.buttons,
    imageUrl: data?.image || media?.fileKey,
    fileName: data?.fileName,
    fileUrl: data?.fileKey,
    at: data?.mentionedId,
    form: data?.form,
    quoteMsgText: data?.quoteMsgText,
    postId: data?.postId,
    postTitle: data?.postTitle,
    postContent: data?.postContent,
    postContentType: data?.postType,
    expressionId: data?.expressionId,
    quoteImageUrl: data?.quoteImageUrl,
    quoteImageName: data?.quoteImageName,
    fileSize: data?.fileSize || media?.fileSize,
    videoUrl: data?.video,
    audioUrl: data?.audio,
    audioTime: data?.audioTime,
    quoteVideoUrl: data?.quoteVideoUrl,
    quoteVideoTime: data?.quoteVideoTime,
    stickerItemId: data?.stickerItemId,
    stickerPackId: data?.stickerPackId,
    callText: data?.roomName,
    width: media?.imageWidth,
    height: media?.imageHeight,
  });
}

/** The editable part of a message as JSON text, the form edit records keep earlier versions in. */
function editableContentJson(content: Msg_Content | undefined): string {
  const value: Record<string, string> = { text: content?.text ?? "" };
  if (content?.buttons) value.buttons = content.buttons;
  if (content?.quoteMsgText) value.quoteMsgText = content.quoteMsgText;
  return JSON.stringify(value);
}

/**
 * The fake's state: messages per chat, edit records, button reports and download records, with
 * the rules of each endpoint, within the bounds of `FakeStoreLimits` (oldest evicted first).
 * Pure data and logic; the HTTP layer is fake-yunhu-server.ts.
 */
export class FakeChatStore {
  private readonly chats = new Map<string, StoredMessage[]>();
  private readonly byId = new Map<string, StoredMessage>();
  private readonly edits = new Map<string, FakeEditRecord[]>();
  /** Every stored message in the order it was sent: the eviction order. */
  private readonly arrival: StoredMessage[] = [];
  private readonly lastSeq = new Map<string, number>();
  private storedBytes = 0;
  private nextEditId = 1000;
  readonly buttonReports: BoundedLog<FakeButtonReport>;
  readonly downloadRecords: BoundedLog<FakeDownloadRecord>;

  constructor(
    private readonly now: () => number,
    private readonly limits: Required<FakeStoreLimits>,
  ) {
    this.buttonReports = new BoundedLog(limits.maxLogEntries);
    this.downloadRecords = new BoundedLog(limits.maxLogEntries);
  }

  /** Stores a message as if `sender` had sent it; a repeated msgId from the same sender is a no-op. */
  send(sender: FakeYunhuUser, request: sendMessageSend): Msg {
    const chat = { chatId: request.chatId, chatType: request.chatType };
    checkChat(chat);
    refuseUnless(request.msgId !== "", fakeStatusCode.invalidRequest, "msg_id is required");
    refuseUnless(
      sendContentTypes.has(request.contentType),
      fakeStatusCode.invalidRequest,
      `content_type ${request.contentType} cannot be sent`,
    );
    refuseUnless(
      request.data !== undefined || request.media !== undefined,
      fakeStatusCode.invalidRequest,
      "data is required",
    );
    const existing = this.byId.get(request.msgId);
    if (existing) {
      refuseUnless(
        existing.chatKey === chatKey(chat) && existing.senderId === sender.id,
        fakeStatusCode.conflict,
        "msg_id is already used by another message",
      );
      return existing.msg;
    }
    const messages = this.chatMessages(chat, true);
    const msg: Msg = {
      msgId: request.msgId,
      sender: {
        chatId: sender.id,
        chatType: 1,
        name: sender.name,
        avatarUrl: sender.avatarUrl ?? "",
        tagOld: [],
        tag: [],
      },
      direction: "",
      contentType: request.contentType,
      content: contentFromSend(request),
      sendTime: this.now(),
      cmd: request.commandId ? { cmdId: request.commandId, name: "", type: 0 } : undefined,
      msgDeleteTime: 0,
      quoteMsgId: request.quoteMsgId,
      msgSeq: (this.lastSeq.get(chatKey(chat)) ?? 0) + 1,
      editTime: 0,
    };
    const stored = {
      chatKey: chatKey(chat),
      senderId: sender.id,
      msg,
      bytes: Msg.encode(msg).finish().length,
    };
    this.lastSeq.set(stored.chatKey, msg.msgSeq);
    messages.push(stored);
    this.byId.set(msg.msgId, stored);
    this.arrival.push(stored);
    this.storedBytes += stored.bytes;
    this.evictOldest();
    return msg;
  }

  /** Drops the oldest messages until the store is within its limits again. */
  private evictOldest(): void {
    let evicted = 0;
    while (
      this.arrival.length - evicted > this.limits.maxStoredMessages ||
      (this.storedBytes > this.limits.maxStoredBytes && this.arrival.length - evicted > 1)
    ) {
      const oldest = this.arrival[evicted++]!;
      this.storedBytes -= oldest.bytes;
      this.byId.delete(oldest.msg.msgId);
      this.edits.delete(oldest.msg.msgId);
      const chat = this.chats.get(oldest.chatKey);
      // Oldest first everywhere, so the evicted message is the first of its chat.
      chat?.shift();
      if (chat?.length === 0) this.chats.delete(oldest.chatKey);
    }
    if (evicted > 0) this.arrival.splice(0, evicted);
  }

  /** Replaces the text of the sender's own message, keeping the earlier version as an edit record. */
  edit(editor: FakeYunhuUser, request: editMessageSend): void {
    const stored = this.ownMessage(editor, request, request.msgId);
    refuseUnless(
      editContentTypes.has(request.contentType),
      fakeStatusCode.invalidRequest,
      "a message can only be edited into text (1), markdown (3) or html (8)",
    );
    const next = request.content;
    refuseUnless(
      next !== undefined && next.text !== "",
      fakeStatusCode.invalidRequest,
      "content.text is required",
    );
    const msg = stored.msg;
    const unchanged =
      msg.contentType === request.contentType &&
      msg.quoteMsgId === request.quoteMsgId &&
      editableContentJson(msg.content) === editableContentJson(Msg_Content.fromPartial(next));
    // Re-sending the same edit changes nothing, so a retried edit leaves a single record.
    if (unchanged) return;
    const time = this.now();
    const records = this.edits.get(msg.msgId) ?? [];
    records.push({
      id: this.nextEditId++,
      msgId: msg.msgId,
      contentType: msg.contentType,
      contentOld: editableContentJson(msg.content),
      createTime: msg.sendTime,
      msgTime: time,
    });
    if (records.length > this.limits.maxEditRecordsPerMessage) records.shift();
    this.edits.set(msg.msgId, records);
    msg.content = Msg_Content.fromPartial({
      ...msg.content,
      text: next.text,
      buttons: next.buttons,
      quoteMsgText: next.quoteMsgText,
    });
    msg.contentType = request.contentType;
    msg.quoteMsgId = request.quoteMsgId;
    msg.editTime = time;
  }

  /** Marks the sender's own message recalled: the content goes, the entry stays with msgDeleteTime. */
  recall(user: FakeYunhuUser, request: recallMsgSend): void {
    this.recallAll(user, { chatId: request.chatId, chatType: request.chatType }, [request.msgId]);
  }

  /** Recalls several messages at once; nothing changes unless every one of them can be recalled. */
  recallBatch(user: FakeYunhuUser, request: recallMsgBatchSend): void {
    refuseUnless(request.msgId.length > 0, fakeStatusCode.invalidRequest, "msg_id lists no message");
    this.recallAll(user, { chatId: request.chatId, chatType: request.chatType }, request.msgId);
  }

  private recallAll(user: FakeYunhuUser, chat: FakeChat, msgIds: readonly string[]): void {
    const targets = msgIds.map((msgId) => this.ownMessage(user, chat, msgId));
    const time = this.now();
    for (const { msg } of targets) {
      if (msg.msgDeleteTime !== 0) continue;
      msg.msgDeleteTime = time;
      msg.content = Msg_Content.fromPartial({});
    }
  }

  /** Records a click on one of a message's buttons. */
  reportButton(reporter: FakeYunhuUser, request: buttonReportSend): void {
    const stored = this.messageInChat(request, request.msgId);
    refuseUnless(stored.msg.content?.buttons, fakeStatusCode.invalidRequest, "the message has no buttons");
    refuseUnless(request.buttonValue !== "", fakeStatusCode.invalidRequest, "button_value is required");
    this.buttonReports.add({
      reporterId: reporter.id,
      msgId: request.msgId,
      chatId: request.chatId,
      chatType: request.chatType,
      userId: request.userId,
      buttonValue: request.buttonValue,
    });
  }

  /** Up to `count` messages before `msgId` (exclusive), or the newest ones when msgId is empty. */
  listBefore(chat: FakeChat, msgId: string, count: number): Msg[] {
    checkChat(chat);
    refuseUnless(count > 0, fakeStatusCode.invalidRequest, "msg_count must be at least 1");
    const messages = this.chatMessages(chat, false);
    const end = msgId === "" ? messages.length : messages.indexOf(this.messageInChat(chat, msgId));
    return messages.slice(Math.max(0, end - count), end).map((s) => s.msg);
  }

  /** Messages after sequence `msgStart` (exclusive), oldest first, at most 30. */
  listAfterSeq(chat: FakeChat, msgStart: number): Msg[] {
    checkChat(chat);
    return this.chatMessages(chat, false)
      .filter((s) => s.msg.msgSeq > msgStart)
      .slice(0, listMessageBySeqPageSize)
      .map((s) => s.msg);
  }

  /**
   * The anchor message plus up to `count` messages before it. The anchor is `msgId` when given,
   * else the message with sequence `msgSeq`, else the newest message.
   */
  listThrough(chat: FakeChat, msgId: string, msgSeq: number, count: number): Msg[] {
    checkChat(chat);
    const messages = this.chatMessages(chat, false);
    let anchor: number;
    if (msgId !== "") anchor = messages.indexOf(this.messageInChat(chat, msgId));
    else if (msgSeq > 0) {
      anchor = messages.findIndex((s) => s.msg.msgSeq === msgSeq);
      refuseUnless(anchor >= 0, fakeStatusCode.notFound, `no message with sequence ${msgSeq}`);
    } else anchor = messages.length - 1;
    if (anchor < 0) return [];
    return messages.slice(Math.max(0, anchor - count), anchor + 1).map((s) => s.msg);
  }

  /** One page (1-based) of a message's edit records, newest first, and their total. */
  editRecords(msgId: string, page: number, size: number): { list: FakeEditRecord[]; total: number } {
    refuseUnless(this.byId.has(msgId), fakeStatusCode.notFound, "no such message");
    const all = [...(this.edits.get(msgId) ?? [])].reverse();
    return { list: all.slice((page - 1) * size, page * size), total: all.length };
  }

  /** Records that `user` saved the file of a file message at `downloadPath`. */
  recordDownload(user: FakeYunhuUser, msgId: string, downloadPath: string): void {
    const stored = this.byId.get(msgId);
    refuseUnless(stored, fakeStatusCode.notFound, "no such message");
    refuseUnless(
      stored.msg.contentType === 4,
      fakeStatusCode.invalidRequest,
      "the message is not a file message",
    );
    refuseUnless(downloadPath !== "", fakeStatusCode.invalidRequest, "downloadPath is required");
    this.downloadRecords.add({ userId: user.id, msgId, downloadPath });
  }

  /** Every message of a chat, oldest first. */
  messages(chat: FakeChat): Msg[] {
    return this.chatMessages(chat, false).map((s) => s.msg);
  }

  private chatMessages(chat: FakeChat, create: boolean): StoredMessage[] {
    const key = chatKey(chat);
    let list = this.chats.get(key);
    if (!list) {
      list = [];
      if (create) this.chats.set(key, list);
    }
    return list;
  }

  private messageInChat(chat: FakeChat, msgId: string): StoredMessage {
    checkChat(chat);
    refuseUnless(msgId !== "", fakeStatusCode.invalidRequest, "msg_id is required");
    const stored = this.byId.get(msgId);
    if (!stored || stored.chatKey !== chatKey(chat)) {
      throw new FakeRefusal(fakeStatusCode.notFound, `no message ${msgId} in this chat`);
    }
    return stored;
  }

  private ownMessage(user: FakeYunhuUser, chat: FakeChat, msgId: string): StoredMessage {
    const stored = this.messageInChat(chat, msgId);
    refuseUnless(
      stored.senderId === user.id,
      fakeStatusCode.forbidden,
      "only the sender may change a message",
    );
    return stored;
  }
}
