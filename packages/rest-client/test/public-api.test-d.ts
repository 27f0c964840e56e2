import { describe, expectTypeOf, it } from "vitest";
import {
  type Attachment,
  type ConversationMessagePage,
  createRestClient,
  type Int64,
  type MaximCall,
  type MaximPage,
  type maxim,
  type maximOperations,
  type RestApiError,
  type RestClient,
  type RestErrorKind,
  type RestOperation,
  type SendMessageBody,
  type UnreadConversation,
} from "../src/index.js";
import { type FakeRestServer, startFakeRestServer } from "../src/testing/index.js";

declare const client: RestClient;
type Schemas = maxim.components["schemas"];

describe("public types", () => {
  it("createRestClient takes the documented options and returns a RestClient", () => {
    expectTypeOf(createRestClient)
      .parameter(0)
      .toMatchTypeOf<{ baseUrl: string; appId: string; accessToken?: string }>();
    expectTypeOf(createRestClient).returns.toEqualTypeOf<RestClient>();
    expectTypeOf(startFakeRestServer).returns.resolves.toEqualTypeOf<FakeRestServer>();
  });

  it("types each namespaced function from the generated table and the spec", () => {
    expectTypeOf(client.group.create).parameter(0).toEqualTypeOf<Schemas["GroupInfoRequest"]>();
    expectTypeOf(client.group.create).returns.resolves.toEqualTypeOf<Schemas["GroupInfoAndSettingsDto"]>();
    expectTypeOf(client.message.send).returns.resolves.toEqualTypeOf<boolean>();
    expectTypeOf(client.group.info).parameter(0).toEqualTypeOf<{ group_id: Int64 }>();
    expectTypeOf(client.user.private).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(client.group.memberList).returns.resolves.toEqualTypeOf<
      MaximPage<Schemas["GroupMember"][]>
    >();
    expectTypeOf(client.group.memberList.pages).toBeFunction();
    // Operations without input take the options first.
    client.message.unread({ userId: 1n, timeoutMs: 100 });
    // The one operation with a body and a query takes the query among the options.
    client.group.applicationList({ group_list: [1n] }, { query: { cursor: "c", limit: 10 } });
    // @ts-expect-error group_id is required
    client.group.info({});
    // @ts-expect-error no such function
    client.group.nothing;
  });

  it("accepts number or bigint for int64 inputs, and only there", () => {
    expectTypeOf<SendMessageBody["targets"]>().toEqualTypeOf<Int64[]>();
    expectTypeOf<SendMessageBody["transaction_id"]>().toEqualTypeOf<Int64 | undefined>();
    expectTypeOf<SendMessageBody["attachment"]>().toEqualTypeOf<string | Attachment | undefined>();
    expectTypeOf(client.getConversationMessages).parameter(0).toEqualTypeOf<{
      limit: number;
      msg_id_start: Int64;
      opposite_id: Int64;
    }>();
    expectTypeOf(client.recallMessage)
      .parameter(0)
      .toEqualTypeOf<{ conversation_id: Int64; msg_id: Int64 }>();
    // @ts-expect-error targets is required
    client.sendMessage({ type: 1, content: "x", content_type: 0 });
    // @ts-expect-error content is text
    client.sendMessage({ targets: [1], type: 1, content: 5, content_type: 0 });
  });

  it("returns number | bigint for int64 results and plain types elsewhere", () => {
    expectTypeOf(client.sendMessage).returns.resolves.toEqualTypeOf<boolean>();
    expectTypeOf(client.getConversationMessages).returns.resolves.toEqualTypeOf<ConversationMessagePage>();
    type Message = NonNullable<ConversationMessagePage["messages"]>[number];
    expectTypeOf<Message["msg_id"]>().toEqualTypeOf<Int64 | undefined>();
    expectTypeOf<NonNullable<Message["from_xid"]>["uid"]>().toEqualTypeOf<Int64 | undefined>();
    expectTypeOf<NonNullable<Message["from_xid"]>["device_sn"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf(client.listUnread).returns.resolves.toEqualTypeOf<UnreadConversation[]>();
    expectTypeOf<UnreadConversation["num"]>().toEqualTypeOf<number | undefined>();
  });

  it("takes per-call act-as and transport options last", () => {
    client.listUnread({ userId: 1n, groupId: 2, timeoutMs: 100, signal: AbortSignal.timeout(1) });
    client.sendReadAck();
    // @ts-expect-error userId must be an integer type
    client.listUnread({ userId: "1" });
  });

  it("types RestApiError's fields and the operation table", () => {
    expectTypeOf<RestApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<RestApiError["code"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RestApiError["kind"]>().toEqualTypeOf<RestErrorKind>();
    expectTypeOf<RestApiError["operation"]>().toEqualTypeOf<RestOperation>();
    expectTypeOf<"GET /group/info">().toMatchTypeOf<RestOperation>();
    expectTypeOf<(typeof maximOperations)[number]["call"]>().toEqualTypeOf<MaximCall>();
    expectTypeOf<"group.create">().toMatchTypeOf<MaximCall>();
  });

  it("exposes the typed openapi-fetch client", () => {
    expectTypeOf(client.api.GET).toBeFunction();
    // @ts-expect-error not a path of the document
    client.api.GET("/message/nope");
  });
});
