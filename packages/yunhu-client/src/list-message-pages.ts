import type { CallOptions } from "@chatwire/http-core";
import type { YunhuClient } from "./create-yunhu-client.js";
import type { Msg } from "./gen/v1/msg.js";

export interface ListMessagePagesParams {
  readonly chatId: string;
  /** 1 user, 2 group, 3 bot. */
  readonly chatType: number;
  /** Start below this message (exclusive); omitted: from the newest message. */
  readonly beforeMsgId?: string;
  /** Messages asked for per call. Default 30. */
  readonly pageSize?: number;
}

/**
 * Walks a chat's history backwards with list-message: each page holds the messages before the
 * oldest one of the previous page. Ends at an empty page, or when the server stops making progress.
 */
export async function* listMessagePages(
  client: Pick<YunhuClient, "listMessage">,
  params: ListMessagePagesParams,
  options?: CallOptions,
): AsyncGenerator<Msg[], void, undefined> {
  const msgCount = params.pageSize ?? 30;
  let anchor = params.beforeMsgId ?? "";
  const anchors = new Set<string>([anchor]);
  for (;;) {
    const page = await client.listMessage(
      { chatId: params.chatId, chatType: params.chatType, msgId: anchor, msgCount },
      options,
    );
    if (page.msg.length === 0) return;
    yield page.msg;
    // Order within a page is the server's business; the oldest message is the lowest sequence.
    const oldest = page.msg.reduce((a, b) => (b.msgSeq < a.msgSeq ? b : a));
    if (anchors.has(oldest.msgId)) return;
    anchors.add(oldest.msgId);
    anchor = oldest.msgId;
  }
}
