import { ErrorCode } from "@chatwire/openim-types/error";
import { isOpenImSdkError, type OpenImSdk } from "@chatwire/openim-types/sdk";
import type { IMMessage } from "@chatwire/openim-types/shared";
import type { ConversationRef, OutgoingMessage } from "../model/chat-message.js";
import { openImConversationId } from "../openim/openim-conversation.js";
import { fromOpenImMessage } from "../openim/openim-from-native.js";
import { toOpenImMessage } from "../openim/openim-to-native.js";
import type { ChatPlatform, HistoryPage, PlatformEvent, SendOptions, SentMessage } from "./chat-platform.js";
import { createCursorGuard } from "./cursor-guard.js";
import { messageIdFromKey, randomMessageId } from "./derive-ids.js";
import { callOpenIm } from "./openim-ffi-caller.js";
import { asPlatformError, platformCall } from "./platform-call.js";
import { PlatformError } from "./platform-error.js";

/** Options of `createOpenImPlatform`. */
export interface OpenImPlatformOptions {
  /** A client of the SDK core (`createOpenImSdk` of `@chatwire/openim-types/sdk`), logged in as `selfUserId`. */
  sdk: OpenImSdk;
  /** The user logged in to the SDK core. */
  selfUserId: string;
}

const NAME = "openim";

const isRepeatedMessage = (error: unknown) =>
  error instanceof PlatformError &&
  isOpenImSdkError(error.cause) &&
  error.cause.code === ErrorCode.SdkMsgRepeat;

/** A `ChatPlatform` over the OpenIM SDK core, through the typed SDK client and any of its transports. */
export function createOpenImPlatform(options: OpenImPlatformOptions): ChatPlatform {
  const { sdk, selfUserId } = options;
  const read = (message: IMMessage) => fromOpenImMessage(message, { selfUserId });

  async function fetchPage(conversationID: string, start: string, count: number, signal?: AbortSignal) {
    const answer = await callOpenIm("history", () =>
      sdk.getAdvancedHistoryMessageList(
        {
          conversationID,
          getAdvancedHistoryMessageListParams: { conversationID, startClientMsgID: start, count },
        },
        { signal },
      ),
    );
    const page = answer.getAdvancedHistoryMessageListCallback;
    if (!page)
      throw new PlatformError("the history answer has no page", {
        platform: NAME,
        operation: "history",
        reason: "invalid-response",
      });
    if (page.errCode !== 0) {
      throw new PlatformError(`history failed with errCode ${page.errCode}: ${page.errMsg}`, {
        platform: NAME,
        operation: "history",
        reason: "rejected",
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
      const group = conversation.kind === "group";
      let answer: Awaited<ReturnType<OpenImSdk["sendMessage"]>>;
      try {
        answer = await callOpenIm("send", () =>
          sdk.sendMessage(
            {
              message: converted.value,
              recvID: group ? "" : conversation.id,
              groupID: group ? conversation.id : "",
              isOnlineOnly: message.content.kind === "custom" && message.content.delivery === "online-only",
            },
            { signal: sendOptions.signal },
          ),
        );
      } catch (error) {
        // With an idempotency key the clientMsgID is derived from it; the core refuses a
        // clientMsgID it has sent already with SdkMsgRepeat, which here means "sent before".
        if (sendOptions.idempotencyKey && isRepeatedMessage(error))
          return { id: clientMsgID, losses: converted.losses };
        throw error;
      }
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
    const advance = createCursorGuard(NAME);
    advance(start);
    for (;;) {
      const page = await platformCall(NAME, "history", historyOptions.signal, () =>
        fetchPage(conversationID, start, historyOptions.pageSize ?? 50, historyOptions.signal),
      );
      const list = page.messageList;
      if (list.length === 0) return;
      const converted: HistoryPage = await platformCall(NAME, "history", undefined, async () => ({
        messages: list.map(read),
      }));
      yield converted;
      const oldest = list[0]!.clientMsgID;
      if (page.isEnd) return;
      advance(oldest);
      start = oldest;
    }
  }

  async function recall(
    conversation: ConversationRef,
    messageId: string,
    callOptions: { signal?: AbortSignal } = {},
  ) {
    await platformCall(NAME, "recall", callOptions.signal, () =>
      callOpenIm("recall", () =>
        sdk.revokeMessage(
          { conversationID: openImConversationId(conversation, selfUserId), clientMsgID: messageId },
          { signal: callOptions.signal },
        ),
      ),
    );
  }

  function subscribe(listener: (event: PlatformEvent) => void): () => void {
    // Each listener gets its events through `deliver`, which turns a conversion failure into an error event.
    const deliver = (toEvent: () => PlatformEvent | undefined) => {
      let event: PlatformEvent | undefined;
      try {
        event = toEvent();
      } catch (error) {
        event = { type: "error", error: asPlatformError(NAME, "event", error) };
      }
      if (event) listener(event);
    };
    const asMessage = (message: IMMessage | undefined, type: "message" | "edited") => () =>
      message ? ({ type, message: read(message) } as PlatformEvent) : undefined;
    const subscriptions = [
      sdk.on("EventOnRecvNewMessage", (data) => deliver(asMessage(data.message, "message"))),
      sdk.on("EventOnRecvOfflineNewMessage", (data) => deliver(asMessage(data.message, "message"))),
      sdk.on("EventOnRecvOnlineOnlyMessage", (data) => deliver(asMessage(data.message, "message"))),
      sdk.on("EventOnMessageEdited", (data) => deliver(asMessage(data.message, "edited"))),
      sdk.on("EventOnNewRecvMessageRevoked", ({ revoked }) =>
        deliver(() =>
          revoked
            ? {
                type: "recalled",
                messageId: revoked.clientMsgID,
                recalledBy: revoked.revokerID,
                at: revoked.revokeTime,
              }
            : undefined,
        ),
      ),
    ];
    return () => {
      for (const unsubscribe of subscriptions) unsubscribe();
    };
  }

  return {
    name: NAME,
    capabilities: { edit: false, recall: true, events: true },
    send,
    history,
    recall,
    subscribe,
  };
}
