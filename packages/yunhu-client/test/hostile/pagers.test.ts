import { describe, expect, it } from "vitest";
import { listMessageBySeqPages, listMessagePages, msg } from "../../src/index.js";
import { chat, clientFor, hostile, rejectionOf } from "./support.js";

const protobuf = { "content-type": "application/x-protobuf" };
type Page = { msgId: string; msgSeq: number }[];

/** A server answering list-message from a table: request anchor msgId → page. */
async function historyServer(path: string, pageFor: (request: Uint8Array) => Page) {
  return hostile(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const page = pageFor(new Uint8Array(Buffer.concat(chunks)));
    const codec = path === "/v1/msg/list-message" ? msg.listMessage : msg.listMessageBySeq;
    response
      .writeHead(200, protobuf)
      .end(codec.encode(codec.fromPartial({ status: { code: 1 }, msg: page })).finish());
  });
}

async function drain(pages: AsyncIterable<unknown[]>): Promise<number> {
  let count = 0;
  for await (const _page of pages) count++;
  return count;
}

describe("pagers facing cyclic or stuck cursors end with a typed error", () => {
  it("listMessagePages: a cursor that leads back to newer messages", async () => {
    const pages: Record<string, Page> = {
      "": [
        { msgId: "m10", msgSeq: 10 },
        { msgId: "m9", msgSeq: 9 },
      ],
      m9: [
        { msgId: "m8", msgSeq: 8 },
        { msgId: "m7", msgSeq: 7 },
      ],
      m7: [
        { msgId: "m10", msgSeq: 10 },
        { msgId: "m9", msgSeq: 9 },
      ],
    };
    const server = await historyServer(
      "/v1/msg/list-message",
      (body) => pages[msg.listMessageSend.decode(body).msgId] ?? [],
    );
    const error = await rejectionOf(drain(listMessagePages(clientFor(server.url), chat)));
    expect(error).toMatchObject({
      kind: "invalid-response",
      retryable: false,
      operation: "/v1/msg/list-message",
    });
    expect(error.message).toBe("/v1/msg/list-message: page 3 reaches no further back than page 2");
    expect(server.requests).toHaveLength(3);
  });

  it("listMessagePages: older sequences but a msgId already used as a cursor", async () => {
    const pages: Record<string, Page> = {
      "": [{ msgId: "a", msgSeq: 9 }],
      a: [{ msgId: "b", msgSeq: 8 }],
      b: [{ msgId: "a", msgSeq: 7 }],
    };
    const server = await historyServer(
      "/v1/msg/list-message",
      (body) => pages[msg.listMessageSend.decode(body).msgId] ?? [],
    );
    const error = await rejectionOf(drain(listMessagePages(clientFor(server.url), chat)));
    expect(error.message).toBe(
      "/v1/msg/list-message: page 3 leads back to a page already read (cursor cycle)",
    );
    expect(server.requests).toHaveLength(3);
  });

  it("listMessageBySeqPages: a server whose cursor alternates 5, 6, 5, ...", async () => {
    let calls = 0;
    const server = await historyServer("/v1/msg/list-message-by-seq", () => {
      calls++;
      return [{ msgId: `m${calls}`, msgSeq: calls % 2 === 1 ? 5 : 6 }];
    });
    const error = await rejectionOf(drain(listMessageBySeqPages(clientFor(server.url), chat)));
    expect(error).toMatchObject({ kind: "invalid-response", operation: "/v1/msg/list-message-by-seq" });
    expect(error.message).toBe("/v1/msg/list-message-by-seq: page 3 brings nothing after sequence 6");
    expect(server.requests).toHaveLength(3);
  });

  it("listMessageBySeqPages: a page of messages before the cursor", async () => {
    const server = await historyServer("/v1/msg/list-message-by-seq", (body) =>
      msg.listMessageBySeqSend.decode(body).msgStart === 0
        ? [{ msgId: "a", msgSeq: 3 }]
        : [{ msgId: "b", msgSeq: 1 }],
    );
    const error = await rejectionOf(drain(listMessageBySeqPages(clientFor(server.url), chat)));
    expect(error.message).toBe("/v1/msg/list-message-by-seq: page 2 brings nothing after sequence 3");
  });
});
