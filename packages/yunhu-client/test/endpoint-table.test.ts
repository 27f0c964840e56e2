import { describe, expect, it } from "vitest";
import { createClientContext } from "../src/client-context.js";
import { createYunhuClient, msg, protobufEndpoints } from "../src/index.js";
import type { ProtobufEndpoint } from "../src/protobuf-method-types.js";
import { buildProtobufMethods } from "../src/protobuf-methods.js";
import { defaultFakeUser } from "../src/testing/index.js";
import { group, startFakeAndClient } from "./helpers.js";

const lowerCamelOfLastSegment = (path: string) =>
  (path.split("/").at(-1) ?? "").replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe("the generated endpoint table", () => {
  it("has the eight protobuf endpoints, each named after the last segment of its path", () => {
    expect(Object.keys(protobufEndpoints).sort()).toEqual([
      "buttonReport",
      "editMessage",
      "listMessage",
      "listMessageByMidSeq",
      "listMessageBySeq",
      "recallMsg",
      "recallMsgBatch",
      "sendMessage",
    ]);
    for (const [name, endpoint] of Object.entries(protobufEndpoints)) {
      expect(endpoint.path).toMatch(/^\/v1\/msg\/[a-z-]+$/);
      expect(lowerCamelOfLastSegment(endpoint.path)).toBe(name);
    }
  });

  it("pairs each rpc with its request and response codecs", () => {
    expect(protobufEndpoints.sendMessage).toMatchObject({
      rpc: "yunhu.v1.MsgService.SendMessage",
      request: msg.sendMessageSend,
      response: msg.sendMessage,
    });
    expect(protobufEndpoints.listMessageByMidSeq.request).toBe(msg.listMessageByMidSeqSend);
    expect(protobufEndpoints.buttonReport.response).toBe(msg.buttonReport);
  });

  it("marks as retry-safe exactly the rpcs whose idempotency_level says so", () => {
    const unsafe = Object.entries(protobufEndpoints)
      .filter(([, endpoint]) => !endpoint.idempotent)
      .map(([name]) => name);
    expect(unsafe).toEqual(["buttonReport"]);
  });
});

describe("client methods come from the table", () => {
  it("the client has the ten methods of the public API and nothing else but `api`", () => {
    const client = createYunhuClient({ token: "token-for-tests" });
    expect(Object.keys(client).sort()).toEqual([
      "api",
      "buttonReport",
      "editMessage",
      "fileDownloadRecord",
      "listMessage",
      "listMessageByMidSeq",
      "listMessageBySeq",
      "listMessageEditRecord",
      "recallMsg",
      "recallMsgBatch",
      "sendMessage",
    ]);
  });

  it("a row added to the table becomes a method posting to its path with its codecs", async () => {
    const { fake } = await startFakeAndClient();
    const context = createClientContext({ token: defaultFakeUser.token, baseUrl: fake.url, retry: false });
    const table = {
      ...(protobufEndpoints as unknown as Record<string, ProtobufEndpoint<unknown, unknown>>),
      pingList: {
        ...protobufEndpoints.listMessage,
        rpc: "yunhu.v1.MsgService.PingList",
        path: "/v1/msg/list-message",
      },
    };
    const methods = buildProtobufMethods(context, table);
    expect(Object.keys(methods)).toContain("pingList");
    const answer = await methods.pingList?.({ ...group, msgCount: 1 });
    expect(answer).toMatchObject({ status: { code: 1 }, msg: [] });
    expect(fake.requests.at(-1)).toEqual({ method: "POST", path: "/v1/msg/list-message" });
  });

  it("posts protobuf with the token header and the protobuf content type", async () => {
    const seen: Request[] = [];
    const client = createYunhuClient({
      token: "tok-12345678",
      baseUrl: "http://127.0.0.1:9",
      retry: false,
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        const body = msg.recallMsg.encode(msg.recallMsg.fromPartial({ status: { code: 1 } })).finish();
        return new Response(new Uint8Array(body), { headers: { "content-type": "application/x-protobuf" } });
      },
    });
    await client.recallMsg({ ...group, msgId: "m1" });
    const request = seen[0]!;
    expect(request.method).toBe("POST");
    expect(request.url).toBe("http://127.0.0.1:9/v1/msg/recall-msg");
    expect(request.headers.get("token")).toBe("tok-12345678");
    expect(request.headers.get("content-type")).toBe("application/x-protobuf");
    const sent = msg.recallMsgSend.decode(new Uint8Array(await request.arrayBuffer()));
    expect(sent).toMatchObject({ msgId: "m1", chatId: group.chatId, chatType: 2 });
  });
});
