import type { CallOptions } from "@chatwire/http-core";
import type { YunhuClient } from "./create-yunhu-client.js";
import type { Msg } from "./gen/v1/msg.js";
import { pagerError } from "./pager-error.js";

/** Parameters of `listMessageBySeqPages`. */
export interface ListMessageBySeqPagesParams {
  readonly chatId: string;
  /** 1 user, 2 group, 3 bot. */
  readonly chatType: number;
  /** Sequence to continue after (exclusive). Default 0: from the start of the chat. */
  readonly afterSeq?: number;
}

const operation = "/v1/msg/list-message-by-seq";

/**
 * Reads a chat forward by sequence with list-message-by-seq, the way a sync loop catches up:
 * each page continues after the highest sequence seen so far. Ends at an empty page. A page
 * that brings nothing after the requested sequence (the server going backwards, or in a
 * circle) ends the walk with a YunhuApiError of kind `invalid-response` instead of looping.
 */
export async function* listMessageBySeqPages(
  client: Pick<YunhuClient, "listMessageBySeq">,
  params: ListMessageBySeqPagesParams,
  options?: CallOptions,
): AsyncGenerator<Msg[], void, undefined> {
  let msgStart = params.afterSeq ?? 0;
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await client.listMessageBySeq(
      { chatId: params.chatId, chatType: params.chatType, msgStart },
      options,
    );
    if (page.msg.length === 0) return;
    const newest = page.msg.reduce((max, m) => Math.max(max, m.msgSeq), Number.NEGATIVE_INFINITY);
    if (!(newest > msgStart)) {
      throw pagerError(operation, `page ${pageNumber} brings nothing after sequence ${msgStart}`);
    }
    yield page.msg;
    msgStart = newest;
  }
}
