import type { ChatwireError } from "@chatwire/errors";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ListMessageEditRecordResponse,
  msg,
  ProtobufMethodName,
  YunhuApiError,
  YunhuClient,
  YunhuErrorKind,
} from "../src/index.js";

declare const client: YunhuClient;

describe("YunhuClient types", () => {
  it("derives one protobuf method per table row", () => {
    expectTypeOf<ProtobufMethodName>().toEqualTypeOf<
      | "sendMessage"
      | "editMessage"
      | "listMessageBySeq"
      | "listMessage"
      | "listMessageByMidSeq"
      | "buttonReport"
      | "recallMsg"
      | "recallMsgBatch"
    >();
  });

  it("takes the request message as a partial object and resolves the decoded response", () => {
    expectTypeOf(client.listMessage).parameter(0).toEqualTypeOf<msg.DeepPartial<msg.listMessageSend>>();
    expectTypeOf(client.listMessage).returns.resolves.toEqualTypeOf<msg.listMessage>();
    expectTypeOf(client.recallMsgBatch).returns.resolves.toEqualTypeOf<msg.recallMsgBatch>();
    expectTypeOf(client.sendMessage).returns.resolves.toEqualTypeOf<msg.sendMessage & { msgId: string }>();
  });

  it("rejects misspelt fields and wrong value types at compile time", () => {
    // @ts-expect-error chat_id is not a field; chatId is
    client.recallMsg({ chat_id: "x" });
    // @ts-expect-error msgCount is a number
    client.listMessage({ msgCount: "3" });
    // @ts-expect-error no such method
    client.deleteMessage;
  });

  it("types the JSON endpoints from the OpenAPI document", () => {
    expectTypeOf(client.listMessageEditRecord)
      .parameter(0)
      .toEqualTypeOf<{ msgId: string; size: number; page: number }>();
    expectTypeOf(
      client.listMessageEditRecord,
    ).returns.resolves.toEqualTypeOf<ListMessageEditRecordResponse>();
    expectTypeOf(client.fileDownloadRecord).returns.resolves.toEqualTypeOf<{ code: number; msg: string }>();
  });

  it("exposes the error's fields", () => {
    expectTypeOf<YunhuApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<YunhuApiError["code"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<YunhuApiError["endpoint"]>().toEqualTypeOf<string>();
    expectTypeOf<YunhuApiError["operation"]>().toEqualTypeOf<string>();
    expectTypeOf<YunhuApiError>().toExtend<ChatwireError>();
    expectTypeOf<YunhuErrorKind>().toEqualTypeOf<
      | "invalid-request"
      | "timeout"
      | "aborted"
      | "network"
      | "redirect"
      | "http"
      | "too-large"
      | "invalid-response"
      | "api"
      | "unsupported"
    >();
  });
});
