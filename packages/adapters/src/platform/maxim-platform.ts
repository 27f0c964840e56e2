import type { RestClient } from "@chatwire/rest-client";
import { fromMaximMessage } from "../maxim/maxim-from-native.js";
import { idFromInt64, int64FromId } from "../maxim/maxim-int64.js";
import type { Int64, MaximStoredMessage } from "../maxim/maxim-shapes.js";
import { toMaximSendBody } from "../maxim/maxim-to-native.js";
import type { ConversationRef, OutgoingMessage } from "../model/chat-message.js";
import { unwrapExt, wrapExt } from "../model/ext-envelope.js";
import type { ChatPlatform, SendOptions, SentMessage } from "./chat-platform.js";
import { createCursorGuard } from "./cursor-guard.js";
import { int64FromKey, randomMessageId } from "./derive-ids.js";
import { platformCall } from "./platform-call.js";
import { PlatformError } from "./platform-error.js";

/** Options of `createMaximPlatform`. */
export interface MaximPlatformOptions {
  client: Pick<RestClient, "sendMessage" | "getConversationMessages" | "recallMessage">;
  /** The user the access token acts as: the sender of what this platform sends. */
  selfUserId: string;
  /** How many of the newest messages a send reads back to learn its message ID. Default 20. */
  readBackWindow?: number;
}

const NAME = "maxim";

/**
 * A `ChatPlatform` over `@chatwire/rest-client`. MaxIM's send answers only `true`, so `send`
 * reads the newest messages back to find the one carrying its transaction ID.
 */
export function createMaximPlatform(options: MaximPlatformOptions): ChatPlatform {
  const { client, selfUserId } = options;

  /**
   * MaxIM's send answers only `true`. The send writes its transaction ID into `ext` (beside the
   * application's text), so the new message is the newest of ours that carries it; when none
   * does (another client rewrote `ext`, or it is beyond the window) the ID stays unknown.
   */
  async function readBack(conversation: ConversationRef, transactionId: string): Promise<string | undefined> {
    const page = await client.getConversationMessages({
      opposite_id: int64FromId(conversation.id, "conversation.id"),
      msg_id_start: 0,
      limit: options.readBackWindow ?? 20,
    });
    const mine = (page.messages ?? []).find(
      (stored) =>
        idFromInt64(stored.from_xid?.uid) === selfUserId && unwrapExt(stored.ext).marks?.tx === transactionId,
    );
    return mine ? idFromInt64(mine.msg_id) : undefined;
  }

  async function send(
    conversation: ConversationRef,
    message: OutgoingMessage,
    sendOptions: SendOptions = {},
  ): Promise<SentMessage> {
    return platformCall(NAME, "send", sendOptions.signal, async () => {
      // Always idempotent: without a key, a random transaction ID still lets the client retry safely.
      const transactionId = await int64FromKey(sendOptions.idempotencyKey ?? randomMessageId());
      const converted = toMaximSendBody(
        { ...message, conversation },
        { strict: sendOptions.strict, transactionId },
      );
      const { ext, marks } = unwrapExt(converted.value.ext);
      const body = { ...converted.value, ext: wrapExt(ext, { ...marks, tx: String(transactionId) }) };
      const accepted = await client.sendMessage(body, { signal: sendOptions.signal });
      if (!accepted) {
        throw new PlatformError("the server did not accept the message", {
          platform: NAME,
          operation: "send",
          reason: "rejected",
        });
      }
      return { id: await readBack(conversation, String(transactionId)), losses: converted.losses };
    });
  }

  async function* history(
    conversation: ConversationRef,
    historyOptions: { pageSize?: number; signal?: AbortSignal } = {},
  ) {
    const oppositeId = await platformCall(NAME, "history", historyOptions.signal, async () =>
      int64FromId(conversation.id, "conversation.id"),
    );
    let start: Int64 = 0;
    const advance = createCursorGuard(NAME);
    advance("0");
    for (;;) {
      const page = await platformCall(NAME, "history", historyOptions.signal, () =>
        client.getConversationMessages(
          { opposite_id: oppositeId, msg_id_start: start, limit: historyOptions.pageSize ?? 50 },
          { signal: historyOptions.signal },
        ),
      );
      const newestFirst: MaximStoredMessage[] = page.messages ?? [];
      if (newestFirst.length === 0) return;
      const messages = await platformCall(NAME, "history", undefined, async () =>
        [...newestFirst].reverse().map((stored) => fromMaximMessage(stored, { conversation })),
      );
      yield { messages };
      const next = page.next_msg_id;
      if (page.is_last || next === undefined || BigInt(next) === 0n) return;
      advance(BigInt(next).toString());
      start = next;
    }
  }

  async function recall(
    conversation: ConversationRef,
    messageId: string,
    callOptions: { signal?: AbortSignal } = {},
  ) {
    await platformCall(NAME, "recall", callOptions.signal, async () => {
      const done = await client.recallMessage(
        {
          conversation_id: int64FromId(conversation.id, "conversation.id"),
          msg_id: int64FromId(messageId, "messageId"),
        },
        { signal: callOptions.signal },
      );
      if (!done) {
        throw new PlatformError("the server did not recall the message", {
          platform: NAME,
          operation: "recall",
          reason: "rejected",
        });
      }
    });
  }

  return { name: NAME, capabilities: { edit: false, recall: true, events: false }, send, history, recall };
}
