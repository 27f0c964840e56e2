import { decodeFfiResult } from "@chatwire/openim-types";
import {
  GetAdvancedHistoryMessageListReq,
  RevokeMessageReq,
  SendMessageReq,
} from "@chatwire/openim-types/message";
import type { IMMessage } from "@chatwire/openim-types/shared";
import type { ConversationRef, OutgoingMessage } from "../model/chat-message.js";
import { openImConversationId } from "../openim/openim-conversation.js";
import { fromOpenImMessage } from "../openim/openim-from-native.js";
import { toOpenImMessage } from "../openim/openim-to-native.js";
import type { ChatPlatform, HistoryPage, PlatformEvent, SendOptions, SentMessage } from "./chat-platform.js";
import { messageIdFromKey, randomMessageId } from "./derive-ids.js";
import { OpenImFfiCaller, type OpenImTransport } from "./openim-ffi-caller.js";
import { asPlatformError, platformCall } from "./platform-call.js";
import { PlatformError } from "./platform-error.js";

/** Subscribes to the SDK core's events (FfiResult bytes); returns the unsubscribe function. */
export type OpenImEventSource = (listener: (event: Uint8Array) => void) => () => void;

export interface OpenImPlatformOptions {
  /** Carries FfiRequest bytes to the SDK core and its FfiResult bytes back. */
  transport: OpenImTransport;
  /** The user logged in to the SDK core. */
  selfUserId: string;
  /** The core's event stream, for `subscribe`. */
  events?: OpenImEventSource;
  /** How many recent messages a send with an idempotency key checks for an earlier attempt. Default 50. */
  dedupeWindow?: number;
}

const NAME = "openim";

/** A `ChatPlatform` over the OpenIM SDK core's FFI, through any transport function. */
export function createOpenImPlatform(options: OpenImPlatformOptions): ChatPlatform {
  const caller = new OpenImFfiCaller(options.transport, "chatwire");
  const { selfUserId } = options;
  const read = (message: IMMessage) => fromOpenImMessage(message, { selfUserId });

  async function fetchPage(conversationID: string, start: string, count: number) {
    const answer = await caller.call(
      "history",
      "GetAdvancedHistoryMessageList",
      GetAdvancedHistoryMessageListReq.fromPartial({
        conversationID,
        getAdvancedHistoryMessageListParams: { conversationID, startClientMsgID: start, count },
      }),
    );
    const page = answer.getAdvancedHistoryMessageListCallback;
    if (!page)
      throw new PlatformError("the history answer has no page", {
        platform: NAME,
        operation: "history",
        code: "invalid-response",
      });
    if (page.errCode !== 0) {
      throw new PlatformError(`history failed with errCode ${page.errCode}: ${page.errMsg}`, {
        platform: NAME,
        operation: "history",
        code: "rejected",
      });
    }
    return page;
  }

  async function send(
    conversation: ConversationRef,
    message: OutgoingMessage,
    sendOptions: SendOptions = {},
  ): Promise<SentMessage> {
    return platformCall(NAME, "send", sendOptions.signal, async () => {
      const clientMsgID = sendOptions.idempotencyKey
        ? await messageIdFromKey(sendOptions.idempotencyKey)
        : randomMessageId();
      const converted = toOpenImMessage(
        { ...message, conversation, id: clientMsgID, sender: { id: selfUserId }, time: Date.now() },
        { selfUserId, strict: sendOptions.strict },
      );
      if (sendOptions.idempotencyKey) {
        // A retried send finds its first attempt instead of sending twice.
        const page = await fetchPage(
          openImConversationId(conversation, selfUserId),
          "",
          options.dedupeWindow ?? 50,
        );
        const earlier = page.messageList.find((stored) => stored.clientMsgID === clientMsgID);
        if (earlier) return { id: clientMsgID, message: read(earlier), losses: converted.losses };
      }
      const group = conversation.kind === "group";
      const answer = await caller.call(
        "send",
        "SendMessage",
        SendMessageReq.fromPartial({
          message: converted.value,
          recvID: group ? "" : conversation.id,
          groupID: group ? conversation.id : "",
          isOnlineOnly: message.content.kind === "custom" && message.content.delivery === "online-only",
        }),
      );
      const stored = answer.message;
      return {
        id: stored?.clientMsgID || clientMsgID,
        message: stored ? read(stored) : undefined,
        losses: converted.losses,
      };
    });
  }

  async function* history(
    conversation: ConversationRef,
    historyOptions: { pageSize?: number; signal?: AbortSignal } = {},
  ) {
    const conversationID = openImConversationId(conversation, selfUserId);
    let start = "";
    for (;;) {
      const page = await platformCall(NAME, "history", historyOptions.signal, () =>
        fetchPage(conversationID, start, historyOptions.pageSize ?? 50),
      );
      const list = page.messageList;
      if (list.length === 0) return;
      const converted: HistoryPage = await platformCall(NAME, "history", undefined, async () => ({
        messages: list.map(read),
      }));
      yield converted;
      const oldest = list[0]!.clientMsgID;
      if (page.isEnd || oldest === start) return;
      start = oldest;
    }
  }

  async function recall(
    conversation: ConversationRef,
    messageId: string,
    callOptions: { signal?: AbortSignal } = {},
  ) {
    await platformCall(NAME, "recall", callOptions.signal, () =>
      caller.call(
        "recall",
        "RevokeMessage",
        RevokeMessageReq.fromPartial({
          conversationID: openImConversationId(conversation, selfUserId),
          clientMsgID: messageId,
        }),
      ),
    );
  }

  function subscribe(listener: (event: PlatformEvent) => void): () => void {
    if (!options.events) {
      throw new PlatformError("no event source was given", {
        platform: NAME,
        operation: "event",
        code: "unsupported",
      });
    }
    return options.events((bytes) => {
      let event: PlatformEvent | undefined;
      try {
        event = toPlatformEvent(bytes, read);
      } catch (error) {
        event = { type: "error", error: asPlatformError(NAME, "event", error) };
      }
      if (event) listener(event);
    });
  }

  return {
    name: NAME,
    capabilities: { edit: false, recall: true, events: options.events !== undefined },
    send,
    history,
    recall,
    ...(options.events ? { subscribe } : {}),
  };
}

/** The events a chat client cares about; other events of the core are not messages and are skipped. */
function toPlatformEvent(
  bytes: Uint8Array,
  read: (message: IMMessage) => ReturnType<typeof fromOpenImMessage>,
): PlatformEvent | undefined {
  const result = decodeFfiResult(bytes);
  if (!result.ok || result.name === undefined) return undefined;
  switch (result.name) {
    case "EventOnRecvNewMessage":
    case "EventOnRecvOfflineNewMessage":
    case "EventOnRecvOnlineOnlyMessage":
      return result.data.message ? { type: "message", message: read(result.data.message) } : undefined;
    case "EventOnMessageEdited":
      return result.data.message ? { type: "edited", message: read(result.data.message) } : undefined;
    case "EventOnNewRecvMessageRevoked": {
      const revoked = result.data.revoked;
      if (!revoked) return undefined;
      return {
        type: "recalled",
        messageId: revoked.clientMsgID,
        recalledBy: revoked.revokerID,
        at: revoked.revokeTime,
      };
    }
    default:
      return undefined;
  }
}
