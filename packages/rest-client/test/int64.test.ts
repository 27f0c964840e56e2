import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContentType, type Int64, RestApiError, TargetType } from "../src/index.js";
import { rejectionOf, setup } from "./helpers.js";

const beyond = 2n ** 53n + 1n; // 9007199254740993, not representable as a number
const huge = 2n ** 63n - 1n;

function text(targets: Int64[], extra: object = {}) {
  return { targets, type: TargetType.USER, content: "x", content_type: ContentType.TEXT, ...extra };
}

describe("int64 values sent", () => {
  it("reach the server as exact JSON numbers in bodies", async () => {
    const { client, server } = await setup();
    await client.sendMessage(text([beyond, huge, 5], { from_user_id: beyond + 1n, transaction_id: huge }));
    const body = server.requests[0]?.body ?? "";
    expect(body).toContain('"targets":[9007199254740993,9223372036854775807,5]');
    expect(body).toContain('"from_user_id":9007199254740994');
    expect(body).toContain('"transaction_id":9223372036854775807');
  });

  it("reach the server exactly in query parameters and headers", async () => {
    const { client, server } = await setup({ userId: beyond });
    await client.getConversationMessages(
      { opposite_id: huge, msg_id_start: beyond, limit: 3 },
      { groupId: huge },
    );
    expect(server.requests[0]?.query).toMatchObject({
      opposite_id: String(huge),
      msg_id_start: String(beyond),
    });
    expect(server.requests[0]?.headers).toMatchObject({ user_id: String(beyond), group_id: String(huge) });
  });

  it("refuses a number past 2^53, which may already be rounded, without sending", async () => {
    const { client, server } = await setup();
    const error = await rejectionOf(client.sendMessage(text([2 ** 53 + 2])));
    expect(error).toBeInstanceOf(RestApiError);
    expect(error).toMatchObject({ kind: "invalid-request", operation: "POST /message/send" });
    expect((error as Error).message).toContain("targets[0]");
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a bigint outside the int64 range", async () => {
    const { client, server } = await setup();
    const error = await rejectionOf(client.recallMessage({ conversation_id: 1, msg_id: 2n ** 63n }));
    expect(error).toMatchObject({ kind: "invalid-request" });
    expect((error as Error).message).toContain("msg_id");
    const asUser = await rejectionOf(client.listUnread({ userId: -(2n ** 63n) - 1n }));
    expect(asUser).toMatchObject({ kind: "invalid-request" });
    expect(server.requests).toHaveLength(0);
  });
});

describe("int64 values received", () => {
  it("come back as bigint past 2^53 and as number below", async () => {
    const { client } = await setup({ userId: beyond }, { firstMessageId: beyond });
    await client.sendMessage(text([huge]));
    await client.sendMessage(text([huge]));
    const page = await client.getConversationMessages({ opposite_id: huge, msg_id_start: 0, limit: 1 });
    const [newest] = page.messages ?? [];
    expect(newest?.msg_id).toBe(beyond + 1n);
    expect(newest?.from_xid?.uid).toBe(beyond);
    expect(newest?.to_xid?.uid).toBe(huge);
    expect(page.next_msg_id).toBe(beyond);
    expect(typeof newest?.timestamp).toBe("number");
    expect(newest?.from_xid?.device_sn).toBe(0);

    const next = await client.getConversationMessages({
      opposite_id: huge,
      msg_id_start: page.next_msg_id ?? 0,
      limit: 1,
    });
    expect(next.messages?.[0]?.msg_id).toBe(beyond);
    await expect(client.recallMessage({ conversation_id: huge, msg_id: beyond })).resolves.toBe(true);
  });

  it("keeps the largest int64 exact in any field of the answer", async () => {
    const { client, server } = await setup();
    server.failNext("GET /message/unread", {
      status: 200,
      body: '{"code":200,"message":null,"data":[{"conversation_id":{"uid":9223372036854775807},"num":3}]}',
    });
    expect(await client.listUnread()).toEqual([{ conversation_id: { uid: huge }, num: 3 }]);
  });

  it("round-trip any int64 user ID through the fake exactly", async () => {
    const { client } = await setup();
    const int64 = fc.bigInt({ min: 1n, max: huge });
    await fc.assert(
      fc.asyncProperty(int64, async (peer) => {
        await client.sendMessage(text([peer]));
        const page = await client.getConversationMessages({ opposite_id: peer, msg_id_start: 0, limit: 1 });
        const uid = page.messages?.[0]?.to_xid?.uid;
        expect(typeof uid === "bigint" ? uid : BigInt(uid ?? -1)).toBe(peer);
        expect(typeof uid).toBe(peer > BigInt(Number.MAX_SAFE_INTEGER) ? "bigint" : "number");
      }),
      { numRuns: 25 },
    );
  });
});
