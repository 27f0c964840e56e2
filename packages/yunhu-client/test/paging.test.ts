import { describe, expect, it } from "vitest";
import { listMessageBySeqPages, listMessagePages, type msg, type YunhuClient } from "../src/index.js";
import { group, rejectionOf, sendTexts, startFakeAndClient } from "./helpers.js";

async function collect(pages: AsyncIterable<msg.Msg[]>): Promise<string[][]> {
  const out: string[][] = [];
  for await (const page of pages) out.push(page.map((m) => m.content?.text ?? ""));
  return out;
}

describe("listMessagePages", () => {
  it("walks the history backwards page by page until it is exhausted", async () => {
    const { fake, client } = await startFakeAndClient();
    await sendTexts(client, group, 7);
    const pages = await collect(listMessagePages(client, { ...group, pageSize: 3 }));
    expect(pages).toEqual([["m5", "m6", "m7"], ["m2", "m3", "m4"], ["m1"]]);
    // Three pages with content, then one empty answer that ends the walk.
    expect(fake.requests).toHaveLength(7 + 4);
  });

  it("starts below beforeMsgId and stops early when the consumer breaks", async () => {
    const { fake, client } = await startFakeAndClient();
    const ids = await sendTexts(client, group, 10);
    const seen: string[][] = [];
    for await (const page of listMessagePages(client, { ...group, beforeMsgId: ids[8]!, pageSize: 4 })) {
      seen.push(page.map((m) => m.content?.text ?? ""));
      break;
    }
    expect(seen).toEqual([["m5", "m6", "m7", "m8"]]);
    expect(fake.requests).toHaveLength(10 + 1);
  });

  it("ends with a typed error instead of looping when the server keeps answering the same page", async () => {
    const stuck = { msgId: "same", msgSeq: 5 } as msg.Msg;
    let calls = 0;
    const client = {
      listMessage: async () => {
        calls++;
        return { status: undefined, msg: [stuck] };
      },
    } as unknown as Pick<YunhuClient, "listMessage">;
    const pages: msg.Msg[][] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const page of listMessagePages(client, group)) pages.push(page);
      })(),
    );
    expect(error).toMatchObject({
      kind: "invalid-response",
      retryable: false,
      operation: "/v1/msg/list-message",
    });
    expect(error.message).toBe("/v1/msg/list-message: page 2 reaches no further back than page 1");
    expect(pages).toHaveLength(1);
    expect(calls).toBe(2);
  });
});

describe("listMessageBySeqPages", () => {
  it("reads forward after afterSeq in server-sized pages until caught up", async () => {
    const { client } = await startFakeAndClient();
    await sendTexts(client, group, 65);
    const sizes: number[] = [];
    const seqs: number[] = [];
    for await (const page of listMessageBySeqPages(client, group)) {
      sizes.push(page.length);
      seqs.push(...page.map((m) => m.msgSeq));
    }
    expect(sizes).toEqual([30, 30, 5]);
    expect(seqs).toEqual(Array.from({ length: 65 }, (_, i) => i + 1));
  });

  it("continues after a given sequence", async () => {
    const { client } = await startFakeAndClient();
    await sendTexts(client, group, 5);
    expect(await collect(listMessageBySeqPages(client, { ...group, afterSeq: 3 }))).toEqual([["m4", "m5"]]);
  });
});
