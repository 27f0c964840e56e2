import { describe, expectTypeOf, it } from "vitest";
import {
  type Attachment,
  type ContentType,
  type ContentTypeName,
  type ConversationMessagePage,
  createRestClient,
  type Int64,
  type Int64FieldName,
  type MessageStatus,
  type RestApiError,
  type RestClient,
  type RestErrorKind,
  type SendMessageBody,
  type UnreadConversation,
} from "../src/index.js";
import { type FakeRestServer, startFakeRestServer } from "../src/testing/index.js";

declare const client: RestClient;

describe("public types", () => {
  it("createRestClient takes the documented options and returns a RestClient", () => {
    expectTypeOf(createRestClient)
      .parameter(0)
      .toMatchTypeOf<{ baseUrl: string; appId: string; accessToken: string }>();
    expectTypeOf(createRestClient).returns.toEqualTypeOf<RestClient>();
    expectTypeOf(startFakeRestServer).returns.resolves.toEqualTypeOf<FakeRestServer>();
  });

  it("finds exactly the int64 names of the document", () => {
    expectTypeOf<Int64FieldName>().toEqualTypeOf<
      | "from_user_id"
      | "targets"
      | "transaction_id"
      | "conversation_id"
      | "msg_id"
      | "uid"
      | "timestamp"
      | "next_msg_id"
      | "msg_id_start"
      | "opposite_id"
      | "user_id"
      | "group_id"
    >();
  });

  it("accepts number or bigint for int64 inputs, and only there", () => {
    expectTypeOf<SendMessageBody["targets"]>().toEqualTypeOf<Int64[]>();
    expectTypeOf<SendMessageBody["transaction_id"]>().toEqualTypeOf<Int64 | undefined>();
    expectTypeOf<SendMessageBody["content_type"]>().toEqualTypeOf<ContentType>();
    expectTypeOf<SendMessageBody["attachment"]>().toEqualTypeOf<string | Attachment | undefined>();
    expectTypeOf(client.getConversationMessages).parameter(0).toEqualTypeOf<{
      limit: number;
      msg_id_start: Int64;
      opposite_id: Int64;
    }>();
    expectTypeOf(client.recallMessage)
      .parameter(0)
      .toEqualTypeOf<{ conversation_id: Int64; msg_id: Int64 }>();
    // @ts-expect-error content_type is one of the eight known kinds
    client.sendMessage({ targets: [1], type: 1, content: "x", content_type: 8 });
    // @ts-expect-error targets is required
    client.sendMessage({ type: 1, content: "x", content_type: 0 });
  });

  it("returns number | bigint for int64 results and plain types elsewhere", () => {
    expectTypeOf(client.sendMessage).returns.resolves.toEqualTypeOf<boolean>();
    expectTypeOf(client.getConversationMessages).returns.resolves.toEqualTypeOf<ConversationMessagePage>();
    type Message = NonNullable<ConversationMessagePage["messages"]>[number];
    expectTypeOf<Message["msg_id"]>().toEqualTypeOf<Int64 | undefined>();
    expectTypeOf<NonNullable<Message["from_xid"]>["uid"]>().toEqualTypeOf<Int64 | undefined>();
    expectTypeOf<NonNullable<Message["from_xid"]>["device_sn"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Message["ctype"]>().toEqualTypeOf<ContentTypeName | undefined>();
    expectTypeOf<Message["status"]>().toEqualTypeOf<MessageStatus | undefined>();
    expectTypeOf(client.listUnread).returns.resolves.toEqualTypeOf<UnreadConversation[]>();
    expectTypeOf<UnreadConversation["num"]>().toEqualTypeOf<number | undefined>();
  });

  it("takes per-call act-as and transport options last", () => {
    client.listUnread({ userId: 1n, groupId: 2, timeoutMs: 100, signal: AbortSignal.timeout(1) });
    client.sendReadAck();
    // @ts-expect-error userId must be an integer type
    client.listUnread({ userId: "1" });
  });

  it("types RestApiError's fields", () => {
    expectTypeOf<RestApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<RestApiError["code"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RestApiError["kind"]>().toEqualTypeOf<RestErrorKind>();
    expectTypeOf<
      RestApiError["operation"]
    >().toMatchTypeOf<`${"GET" | "POST" | "DELETE"} /message/${string}`>();
  });

  it("exposes the typed openapi-fetch client", () => {
    expectTypeOf(client.api.GET).toBeFunction();
    // @ts-expect-error not a path of the document
    client.api.GET("/message/nope");
  });
});
