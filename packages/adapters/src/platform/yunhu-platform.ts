import { listMessagePages, type YunhuClient } from "@chatwire/yunhu-client";
import type { ConversationRef, OutgoingMessage } from "../model/chat-message.js";
import { yunhuChatTypes } from "../yunhu/yunhu-content-table.js";
import { fromYunhuMessage } from "../yunhu/yunhu-from-native.js";
import { toYunhuEditMessage, toYunhuSendMessage } from "../yunhu/yunhu-to-native.js";
import type { ChatPlatform, SendOptions, SentMessage } from "./chat-platform.js";
import { messageIdFromKey } from "./derive-ids.js";
import { platformCall } from "./platform-call.js";

/** Options of `createYunhuPlatform`. */
export interface YunhuPlatformOptions {
  client: Pick<YunhuClient, "sendMessage" | "editMessage" | "listMessage" | "recallMsg">;
}

const NAME = "yunhu";

/** A `ChatPlatform` over `@chatwire/yunhu-client`. */
export function createYunhuPlatform(options: YunhuPlatformOptions): ChatPlatform {
  const { client } = options;
  const chatType = (conversation: ConversationRef) => yunhuChatTypes[conversation.kind];

  async function send(
    conversation: ConversationRef,
    message: OutgoingMessage,
    sendOptions: SendOptions = {},
  ): Promise<SentMessage> {
    return platformCall(NAME, "send", sendOptions.signal, async () => {
      // The same key gives the same msgId, and Yunhu treats a repeated msgId as the same message.
      const id = sendOptions.idempotencyKey ? await messageIdFromKey(sendOptions.idempotencyKey) : undefined;
      const converted = toYunhuSendMessage({ ...message, conversation, id }, { strict: sendOptions.strict });
      const answer = await client.sendMessage(converted.value, { signal: sendOptions.signal });
      return { id: answer.msgId, losses: converted.losses };
    });
  }

  async function edit(
    conversation: ConversationRef,
    messageId: string,
    message: OutgoingMessage,
    editOptions: { strict?: boolean; signal?: AbortSignal } = {},
  ): Promise<SentMessage> {
    return platformCall(NAME, "edit", editOptions.signal, async () => {
      const converted = toYunhuEditMessage(
        { ...message, conversation, id: messageId },
        { strict: editOptions.strict },
      );
      await client.editMessage(converted.value, { signal: editOptions.signal });
      return { id: messageId, losses: converted.losses };
    });
  }

  async function* history(
    conversation: ConversationRef,
    historyOptions: { pageSize?: number; signal?: AbortSignal } = {},
  ) {
    const pages = listMessagePages(
      client,
      { chatId: conversation.id, chatType: chatType(conversation), pageSize: historyOptions.pageSize ?? 50 },
      { signal: historyOptions.signal },
    );
    const iterator = pages[Symbol.asyncIterator]();
    for (;;) {
      const next = await platformCall(NAME, "history", historyOptions.signal, () => iterator.next());
      if (next.done) return;
      const messages = await platformCall(NAME, "history", undefined, async () =>
        [...next.value]
          .sort((a, b) => a.msgSeq - b.msgSeq)
          .map((stored) => fromYunhuMessage(stored, { conversation })),
      );
      yield { messages };
    }
  }

  async function recall(
    conversation: ConversationRef,
    messageId: string,
    callOptions: { signal?: AbortSignal } = {},
  ) {
    await platformCall(NAME, "recall", callOptions.signal, () =>
      client.recallMsg(
        { msgId: messageId, chatId: conversation.id, chatType: chatType(conversation) },
        { signal: callOptions.signal },
      ),
    );
  }

  return {
    name: NAME,
    capabilities: { edit: true, recall: true, events: false },
    send,
    edit,
    history,
    recall,
  };
}
