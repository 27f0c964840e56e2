import { describe, expectTypeOf, it } from "vitest";
import type * as conversation from "../src/conversation.js";
import type { event, message } from "../src/index.js";
import type * as init from "../src/init.js";
import type * as interop from "../src/interop.js";
import type * as relation from "../src/relation.js";
import type {
  EventStream,
  OpenImEvent,
  OpenImEventName,
  OpenImFunctionName,
  OpenImSdk,
  OpenImSdkError,
} from "../src/sdk/index.js";
import { isOpenImSdkError } from "../src/sdk/index.js";

declare const sdk: OpenImSdk;

describe("methods derived from the registry", () => {
  it("takes the XReq (every field optional) and resolves the XResp", () => {
    expectTypeOf(sdk.sendMessage)
      .parameter(0)
      .toEqualTypeOf<Parameters<typeof message.SendMessageReq.fromPartial>[0] | undefined>();
    expectTypeOf(sdk.sendMessage).returns.toEqualTypeOf<Promise<message.SendMessageResp>>();
    expectTypeOf(
      sdk.getAdvancedHistoryMessageList({ conversationID: "c" }),
    ).resolves.toEqualTypeOf<message.GetAdvancedHistoryMessageListResp>();
    // @ts-expect-error recvID is a string
    void sdk.sendMessage({ recvID: 5 });
    // @ts-expect-error not a field of SendMessageReq
    void sdk.sendMessage({ recvId: "bob" });
  });

  it("names each method after its function in lowerCamelCase", () => {
    expectTypeOf<keyof OpenImSdk>().toMatchTypeOf<string>();
    expectTypeOf(sdk).toHaveProperty("initSDK");
    expectTypeOf(sdk).toHaveProperty("login");
    expectTypeOf(sdk).toHaveProperty("getConversationListSplit");
    expectTypeOf(sdk).toHaveProperty("handlerFriendRequest");
    expectTypeOf(sdk).toHaveProperty("uploadLogs");
    // @ts-expect-error events are not methods
    void sdk.eventOnRecvNewMessage;
    expectTypeOf<"SendMessage">().toMatchTypeOf<OpenImFunctionName>();
    expectTypeOf<"EventOnRecvNewMessage">().not.toMatchTypeOf<OpenImFunctionName>();
  });

  it("types onProgress by the call", () => {
    void sdk.sendMessage(
      {},
      { onProgress: (progress) => expectTypeOf(progress).toEqualTypeOf<event.EventOnSendMsgProgressData>() },
    );
    type UploadLogsOptions = NonNullable<Parameters<OpenImSdk["uploadLogs"]>[1]>;
    expectTypeOf<
      Parameters<NonNullable<UploadLogsOptions["onProgress"]>>[0]
    >().toEqualTypeOf<event.EventOnUploadLogsProgressData>();
  });
});

describe("events", () => {
  it("types a listener's data by the event's name", () => {
    sdk.on("EventOnRecvNewMessage", (data) =>
      expectTypeOf(data).toEqualTypeOf<event.EventOnRecvNewMessageData>(),
    );
    expectTypeOf(sdk.on("EventOnKickedOffline", () => {})).toEqualTypeOf<() => void>();
    // @ts-expect-error functions are not events
    sdk.on("SendMessage", () => {});
  });

  it("yields a union discriminated by name from the iterator", async () => {
    const stream = sdk.events(["EventOnRecvNewMessage", "EventOnConnectSuccess"]);
    expectTypeOf(stream).toEqualTypeOf<
      EventStream<OpenImEvent<"EventOnRecvNewMessage" | "EventOnConnectSuccess">>
    >();
    for await (const item of stream) {
      if (item.name === "EventOnRecvNewMessage")
        expectTypeOf(item.data).toEqualTypeOf<event.EventOnRecvNewMessageData>();
      else expectTypeOf(item.data).toEqualTypeOf<event.EventOnConnectSuccessData>();
    }
    expectTypeOf(sdk.events()).toEqualTypeOf<EventStream<OpenImEvent<OpenImEventName>>>();
  });
});

describe("errors", () => {
  it("narrows with the guard", () => {
    const error: unknown = undefined;
    if (isOpenImSdkError(error)) {
      expectTypeOf(error).toEqualTypeOf<OpenImSdkError>();
      expectTypeOf(error.codeName).toEqualTypeOf<string | undefined>();
      expectTypeOf(error.code).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.operationID).toEqualTypeOf<string | undefined>();
    }
  });
});

describe("the whole registered surface", () => {
  it("types the init, relation and conversation functions, and leaves out the unregistered ones", () => {
    expectTypeOf(sdk.initSDK).returns.resolves.toEqualTypeOf<init.InitSDKResp>();
    expectTypeOf(sdk.login).parameter(0).toMatchTypeOf<{ userID?: string; token?: string } | undefined>();
    expectTypeOf(sdk.handlerFriendRequest).returns.resolves.toEqualTypeOf<relation.HandleFriendRequestResp>();
    expectTypeOf(sdk.updateFriends).parameter(0).toMatchTypeOf<{ Remark?: string | undefined } | undefined>();
    expectTypeOf(
      sdk.getConversationListSplit,
    ).returns.resolves.toEqualTypeOf<conversation.GetConversationListSplitResp>();
    // UploadFile is registered, but its payloads are bytes.
    expectTypeOf(sdk.uploadFile).parameter(0).toEqualTypeOf<Uint8Array>();
    expectTypeOf(sdk.uploadFile).returns.resolves.toEqualTypeOf<Uint8Array>();
    // @ts-expect-error not registered in the core
    void sdk.getConversationList;
    // @ts-expect-error not registered in the core
    void sdk.getConversation;
    // @ts-expect-error Js* requests go the other way
    void sdk.jsFileOpen;
  });

  it("types Js* handlers by the request and the answer", () => {
    sdk.handle("JsFileRead", (request) => {
      expectTypeOf(request).toEqualTypeOf<interop.jsFileReadReq>();
      return { data: new Uint8Array() };
    });
    // @ts-expect-error the answer of JsSqliteOpen has an int64 id, not a string
    sdk.handle("JsSqliteOpen", () => ({ id: "1" }));
    // @ts-expect-error only Js* requests have handlers
    sdk.handle("SendMessage", () => ({}));
  });
});
