import type { CallOptions } from "@chatwire/http-core";
import type { YunhuClient } from "./create-yunhu-client.js";
import type { Msg } from "./gen/v1/msg.js";
import { pagerError } from "./pager-error.js";

/** Parameters of `listMessagePages`. */
export interface ListMessagePagesParams {
  readonly chatId: string;
  /** 1 user, 2 group, 3 bot. */
  readonly chatType: number;
  /** Start below this message (exclusive); omitted: from the newest message. */
  readonly beforeMsgId?: string;
  /** Messages asked for per call. Default 30. */
  readonly pageSize?: number;
}

const operation = "/v1/msg/list-message";

/**
 * Walks a chat's history backwards with list-message: each page holds the messages before the
 * oldest one of the previous page. Ends at an empty page. A page that does not reach further
 * back than the one before it, or whose oldest message was already an anchor (a cycle), ends the
 * walk with a YunhuApiError of kind `invalid-response` instead of looping forever.
 */
export async function* listMessagePages(
  client: Pick<YunhuClient, "listMessage">,
  params: ListMessagePagesParams,
  options?: CallOptions,
): AsyncGenerator<Msg[], void, undefined> {
  const msgCount = params.pageSize ?? 30;
  let anchor = params.beforeMsgId ?? "";
  const anchors = new Set<string>([anchor]);
  let previousOldestSeq = Number.POSITIVE_INFINITY;
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await client.listMessage(
      { chatId: params.chatId, chatType: params.chatType, msgId: anchor, msgCount },
      options,
    );
    if (page.msg.length === 0) return;
    // Order within a page is the server's business; the oldest message is the lowest sequence.
    const oldest = page.msg.reduce((a, b) => (b.msgSeq < a.msgSeq ? b : a));
    if (oldest.msgSeq >= previousOldestSeq) {
      throw pagerError(operation, `page ${pageNumber} reaches no further back than page ${pageNumber - 1}`);
    }
    if (oldest.msgId === "" || anchors.has(oldest.msgId)) {
      throw pagerError(operation, `page ${pageNumber} leads back to a page already read (cursor cycle)`);
    }
    yield page.msg;
    anchors.add(oldest.msgId);
    anchor = oldest.msgId;
    previousOldestSeq = oldest.msgSeq;
  }
}
