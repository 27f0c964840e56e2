import type { GetAdvancedHistoryMessageListCallback } from "../gen/message.js";
import type { IMMessage } from "../gen/shared.js";
import { notFound } from "./fake-fault.js";
import { copyMessage } from "./message-store.js";

export interface PageRequest {
  readonly conversationID: string;
  /** The page ends just before (older) or starts just after (newer) this message; empty = from the edge. */
  readonly startClientMsgID: string;
  readonly count: number;
}

/**
 * One page of a conversation, oldest first either way. "older" walks back from the newest message
 * (GetAdvancedHistoryMessageList); "newer" walks forward from the oldest (…Reverse). `isEnd` says
 * nothing is left in that direction.
 */
export function historyPage(
  list: readonly IMMessage[],
  { conversationID, startClientMsgID, count }: PageRequest,
  direction: "older" | "newer",
): GetAdvancedHistoryMessageListCallback {
  let anchor: number;
  if (startClientMsgID === "") anchor = direction === "older" ? list.length : -1;
  else {
    anchor = list.findIndex((m) => m.clientMsgID === startClientMsgID);
    if (anchor < 0) {
      throw notFound(`message ${startClientMsgID} is not in ${conversationID}`);
    }
  }
  const [from, to] =
    direction === "older" ? [Math.max(0, anchor - count), anchor] : [anchor + 1, anchor + 1 + count];
  const page = list.slice(from, to);
  const isEnd = direction === "older" ? from === 0 : to >= list.length;
  return { messageList: page.map(copyMessage), isEnd, errCode: 0, errMsg: "" };
}
