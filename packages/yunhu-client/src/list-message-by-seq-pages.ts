import type { CallOptions } from "@chatwire/http-core";
import type { YunhuClient } from "./create-yunhu-client.js";
import type { Msg } from "./gen/v1/msg.js";

export interface ListMessageBySeqPagesParams {
  readonly chatId: string;
  /** 1 user, 2 group, 3 bot. */
  readonly chatType: number;
  /** Sequence to continue after (exclusive). Default 0: from the start of the chat. */
  readonly afterSeq?: number;
}

/**
 * Reads a chat forward by sequence with list-message-by-seq, the way a sync loop catches up:
 * each page continues after the highest sequence seen so far. Ends at an empty page, or when a
 * page brings nothing newer.
 */
export async function* listMessageBySeqPages(
  client: Pick<YunhuClient, "listMessageBySeq">,
  params: ListMessageBySeqPagesParams,
  options?: CallOptions,
): AsyncGenerator<Msg[], void, undefined> {
  let msgStart = params.afterSeq ?? 0;
  for (;;) {
    const page = await client.listMessageBySeq(
      { chatId: params.chatId, chatType: params.chatType, msgStart },
      options,
    );
    if (page.msg.length === 0) return;
    yield page.msg;
    const newest = page.msg.reduce((max, m) => Math.max(max, m.msgSeq), msgStart);
    if (newest <= msgStart) return;
    msgStart = newest;
  }
}
