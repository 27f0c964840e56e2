import { afterEach, describe, expect, it } from "vitest";
import { ContentType, MsgStatus, SessionType } from "../src/gen/common.js";
import type { FuncRequestEventName } from "../src/gen/event.js";
import { FfiRequest, FfiResult } from "../src/gen/ffi.js";
import {
  type DecodedFfiResult,
  decodeFfiResult,
  encodeFfiRequest,
  type FfiRequestName,
  type FfiRequestPayloads,
  type FfiResultPayloads,
  message,
  shared,
} from "../src/index.js";
import {
  createFakeOpenImCore,
  createFakeOpenImServer,
  FakeCoreErrorCode,
  type FakeOpenImCore,
  fakeCoreFunctions,
  groupConversationID,
  singleConversationID,
} from "../src/testing/index.js";

const cores: FakeOpenImCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

function setup(options: Parameters<typeof createFakeOpenImServer>[0] = {}) {
  let clock = 1_700_000_000_000;
  const server = createFakeOpenImServer({ now: () => clock, ...options });
  const connect = (userID: string) => {
    const core = createFakeOpenImCore({ userID, server });
    cores.push(core);
    return core;
  };
  const tick = (ms: number) => {
    clock += ms;
  };
  return { server, connect, tick };
}

async function call(
  core: FakeOpenImCore,
  name: FfiRequestName,
  payload: unknown,
  handleID = 1,
): Promise<DecodedFfiResult> {
  return decodeFfiResult(
    await core.call(encodeFfiRequest(name, payload as never, { handleID, operationID: "op" })),
  );
}

/** The payload of a successful call; fails the test with the error otherwise. */
async function ok<K extends FfiRequestName>(core: FakeOpenImCore, name: K, payload: FfiRequestPayloads[K]) {
  const result = await call(core, name, payload);
  if (!result.ok) throw new Error(`${name} failed: ${result.errCode} ${result.errMsg}`);
  return result.data as FfiResultPayloads[K];
}

/** Collects a core's events, decoded, in arrival order. */
function recorder(core: FakeOpenImCore) {
  const seen: DecodedFfiResult[] = [];
  core.onEvent((bytes) => seen.push(decodeFfiResult(bytes)));
  return seen;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function sendText(from: FakeOpenImCore, to: { recvID?: string; groupID?: string }, text: string) {
  const created = await ok(from, "CreateTextMessage", { text });
  const request = message.SendMessageReq.fromPartial({ ...to, message: created.message });
  return (await ok(from, "SendMessage", request)).message as shared.IMMessage;
}

const historyRequest = (conversationID: string, startClientMsgID: string, count: number) => ({
  conversationID,
  getAdvancedHistoryMessageListParams: { conversationID, startClientMsgID, count },
});

describe("fake OpenIM core", () => {
  it("creates a text message locally, not yet sent", async () => {
    const { connect } = setup();
    const alice = connect("alice");
    const { message: created } = await ok(alice, "CreateTextMessage", { text: "hello" });
    expect(created).toMatchObject({
      sendID: "alice",
      contentType: ContentType.Text,
      status: MsgStatus.Sending,
      serverMsgID: "",
      seq: 0,
      content: { $case: "textElem", value: { content: "hello" } },
    });
    expect(created?.clientMsgID).not.toBe("");
  });

  it("sends: stores for both users, answers with a server id and pushes EventOnRecvNewMessage to the other side", async () => {
    const { server, connect } = setup();
    const alice = connect("alice");
    const bob = connect("bob");
    const aliceEvents = recorder(alice);
    const bobEvents = recorder(bob);

    const sent = await sendText(alice, { recvID: "bob" }, "hi bob");
    expect(sent).toMatchObject({ sendID: "alice", recvID: "bob", sessionType: SessionType.Single, seq: 1 });
    expect(sent.status).toBe(MsgStatus.SendSuccess);
    expect(sent.serverMsgID).not.toBe("");

    await settle();
    expect(aliceEvents).toEqual([]);
    expect(bobEvents).toEqual([
      {
        ok: true,
        name: "EventOnRecvNewMessage",
        funcName: 29,
        errCode: 0,
        errMsg: "",
        handleID: 0,
        data: { message: sent, _unknownFields: {} },
      },
    ]);
    const conversation = singleConversationID("alice", "bob");
    expect(server.messages("alice", conversation)).toEqual([sent]);
    expect(server.messages("bob", conversation)).toEqual([sent]);
  });

  it("echoes the request's handleID in the result", async () => {
    const { connect } = setup();
    const alice = connect("alice");
    const result = await call(alice, "CreateTextMessage", { text: "x" }, 4242);
    expect(result.handleID).toBe(4242);
  });

  it("keeps unknown fields of a sent message for the receiver", async () => {
    const { connect } = setup();
    const alice = connect("alice");
    const bob = connect("bob");
    const bobEvents = recorder(bob);
    const { message: created } = await ok(alice, "CreateTextMessage", { text: "x" });
    const extra = { [(14 << 3) | 2]: [new Uint8Array([2, 0x68, 0x69])] };
    const withExtra = { ...(created as shared.IMMessage), _unknownFields: extra };
    await ok(alice, "SendMessage", { ...message.SendMessageReq.create(), recvID: "bob", message: withExtra });
    await settle();
    const received = bobEvents[0]?.data as { message: shared.IMMessage };
    expect(received.message._unknownFields).toEqual(extra);
  });

  it("pages history backwards and forwards, oldest first", async () => {
    const { connect, tick } = setup();
    const alice = connect("alice");
    const bob = connect("bob");
    const sent: shared.IMMessage[] = [];
    for (let i = 1; i <= 5; i++) {
      tick(1000);
      sent.push(
        await sendText(i % 2 ? alice : bob, i % 2 ? { recvID: "bob" } : { recvID: "alice" }, `m${i}`),
      );
    }
    const ids = (page: FfiResultPayloads["GetAdvancedHistoryMessageList"]) =>
      page.getAdvancedHistoryMessageListCallback?.messageList.map((m) => m.content?.value) ?? [];
    const conversation = singleConversationID("alice", "bob");

    const newest = await ok(bob, "GetAdvancedHistoryMessageList", historyRequest(conversation, "", 2));
    expect(ids(newest)).toEqual([
      { content: "m4", _unknownFields: {} },
      { content: "m5", _unknownFields: {} },
    ]);
    expect(newest.getAdvancedHistoryMessageListCallback?.isEnd).toBe(false);

    const older = await ok(
      bob,
      "GetAdvancedHistoryMessageList",
      historyRequest(conversation, sent[3]?.clientMsgID ?? "", 10),
    );
    expect(older.getAdvancedHistoryMessageListCallback?.messageList.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(older.getAdvancedHistoryMessageListCallback?.isEnd).toBe(true);

    const forward = await ok(
      alice,
      "GetAdvancedHistoryMessageListReverse",
      historyRequest(conversation, sent[1]?.clientMsgID ?? "", 2),
    );
    expect(forward.getAdvancedHistoryMessageListCallback?.messageList.map((m) => m.seq)).toEqual([3, 4]);
    expect(forward.getAdvancedHistoryMessageListCallback?.isEnd).toBe(false);
    const rest = await ok(
      alice,
      "GetAdvancedHistoryMessageListReverse",
      historyRequest(conversation, sent[3]?.clientMsgID ?? "", 2),
    );
    expect(rest.getAdvancedHistoryMessageListCallback?.messageList.map((m) => m.seq)).toEqual([5]);
    expect(rest.getAdvancedHistoryMessageListCallback?.isEnd).toBe(true);
  });

  it("revokes a sent message everywhere and pushes EventOnNewRecvMessageRevoked", async () => {
    const { server, connect } = setup();
    const alice = connect("alice");
    const bob = connect("bob");
    const bobEvents = recorder(bob);
    const sent = await sendText(alice, { recvID: "bob" }, "oops");
    const conversation = singleConversationID("alice", "bob");
    await settle();
    bobEvents.length = 0;

    expect(
      await ok(alice, "RevokeMessage", { conversationID: conversation, clientMsgID: sent.clientMsgID }),
    ).toEqual({
      _unknownFields: {},
    });
    await settle();
    expect(bobEvents).toHaveLength(1);
    expect(bobEvents[0]).toMatchObject({
      ok: true,
      name: "EventOnNewRecvMessageRevoked",
      data: {
        revoked: { revokerID: "alice", clientMsgID: sent.clientMsgID, seq: 1, sourceMessageSendID: "alice" },
      },
    });
    for (const user of ["alice", "bob"]) {
      const [stored] = server.messages(user, conversation);
      expect(stored?.contentType).toBe(ContentType.RevokedNotification);
      expect(stored?.content?.$case).toBe("revokedTips");
    }
  });

  it("refuses to revoke someone else's message, or one that does not exist", async () => {
    const { connect } = setup();
    const alice = connect("alice");
    const bob = connect("bob");
    const sent = await sendText(alice, { recvID: "bob" }, "mine");
    const conversation = singleConversationID("alice", "bob");
    const theirs = await call(bob, "RevokeMessage", {
      conversationID: conversation,
      clientMsgID: sent.clientMsgID,
    });
    expect(theirs).toMatchObject({
      ok: false,
      name: "RevokeMessage",
      errCode: FakeCoreErrorCode.PermissionDenied,
    });
    const missing = await call(alice, "RevokeMessage", { conversationID: conversation, clientMsgID: "nope" });
    expect(missing).toMatchObject({ ok: false, errCode: FakeCoreErrorCode.NotFound, data: undefined });
  });

  it("deletes a message from the caller's store only", async () => {
    const { server, connect } = setup();
    const alice = connect("alice");
    connect("bob");
    const sent = await sendText(alice, { recvID: "bob" }, "bye");
    const conversation = singleConversationID("alice", "bob");
    await ok(alice, "DeleteMessage", { conversationID: conversation, clientMsgID: sent.clientMsgID });
    expect(server.messages("alice", conversation)).toEqual([]);
    expect(server.messages("bob", conversation)).toHaveLength(1);
    const again = await call(alice, "DeleteMessage", {
      conversationID: conversation,
      clientMsgID: sent.clientMsgID,
    });
    expect(again).toMatchObject({ ok: false, errCode: FakeCoreErrorCode.NotFound });
  });

  it("pushes typing status to the recipient as an online-only message, without storing it", async () => {
    const { server, connect } = setup();
    const alice = connect("alice");
    const bob = connect("bob");
    const bobEvents = recorder(bob);
    await ok(alice, "TypingStatusUpdate", { recvID: "bob", msgTip: "typing..." });
    await settle();
    expect(bobEvents).toHaveLength(1);
    expect(bobEvents[0]).toMatchObject({
      name: "EventOnRecvOnlineOnlyMessage",
      data: {
        message: {
          sendID: "alice",
          recvID: "bob",
          contentType: ContentType.Typing,
          content: { $case: "typingElem", value: { msgTips: "typing..." } },
        },
      },
    });
    expect(server.messages("bob", singleConversationID("alice", "bob"))).toEqual([]);
  });

  it("delivers group messages to the members' cores", async () => {
    const { server, connect } = setup({ groups: { "g-1": ["alice", "bob", "carol"] } });
    const alice = connect("alice");
    const bobEvents = recorder(connect("bob"));
    const carolEvents = recorder(connect("carol"));
    const daveEvents = recorder(connect("dave"));
    const sent = await sendText(alice, { groupID: "g-1" }, "hi all");
    await settle();
    expect(sent).toMatchObject({ groupID: "g-1", sessionType: SessionType.ReadGroup });
    expect(bobEvents.map((e) => e.name)).toEqual(["EventOnRecvNewMessage"]);
    expect(carolEvents.map((e) => e.name)).toEqual(["EventOnRecvNewMessage"]);
    expect(daveEvents).toEqual([]);
    expect(server.messages("carol", groupConversationID("g-1"))).toEqual([sent]);
    const outsider = await call(connect("dave"), "SendMessage", {
      ...message.SendMessageReq.create(),
      groupID: "g-1",
      message: sent,
    });
    expect(outsider).toMatchObject({ ok: false, errCode: FakeCoreErrorCode.PermissionDenied });
  });

  it("creates every supported content kind", async () => {
    const { connect } = setup();
    const alice = connect("alice");
    const quote = shared.IMMessage.fromPartial({ clientMsgID: "q" });
    const kinds: [FfiRequestName, unknown, string][] = [
      ["CreateAdvancedTextMessage", { text: "t", messageEntities: [] }, "advancedTextElem"],
      [
        "CreateTextAtMessage",
        { text: "@b", userIDList: ["b"], usersInfo: [], quoteMessage: undefined },
        "atTextElem",
      ],
      ["CreateLocationMessage", { description: "d", longitude: 1.5, latitude: -2 }, "locationElem"],
      ["CreateCustomMessage", { data: "{}", extension: "", description: "" }, "customElem"],
      ["CreateQuoteMessage", { text: "re", quoteMessage: quote }, "quoteElem"],
      ["CreateAdvancedQuoteMessage", { text: "re", quoteMessage: quote, messageEntities: [] }, "quoteElem"],
      ["CreateCardMessage", { card: { userID: "c", nickname: "", faceURL: "", ex: "" } }, "cardElem"],
      [
        "CreateImageMessage",
        message.CreateImageMessageReq.fromPartial({ imageSourcePath: "/a.png" }),
        "pictureElem",
      ],
      [
        "CreateSoundMessage",
        message.CreateSoundMessageReq.fromPartial({ soundPath: "/a.m4a", duration: 3 }),
        "soundElem",
      ],
      [
        "CreateVideoMessage",
        message.CreateVideoMessageReq.fromPartial({ videoSourcePath: "/a.mp4" }),
        "videoElem",
      ],
      ["CreateFileMessage", message.CreateFileMessageReq.fromPartial({ fileName: "a.pdf" }), "fileElem"],
      ["CreateMergerMessage", { messages: [quote], title: "t", summaries: ["s"] }, "mergeElem"],
      ["CreateFaceMessage", { index: 1, data: "" }, "faceElem"],
      [
        "CreateForwardMessage",
        {
          message: shared.IMMessage.fromPartial({
            contentType: 101,
            content: { $case: "textElem", value: { content: "fw" } },
          }),
        },
        "textElem",
      ],
    ];
    for (const [name, payload, kind] of kinds) {
      const result = await call(alice, name, payload);
      expect(result.ok, name).toBe(true);
      expect((result.data as { message: shared.IMMessage }).message.content?.$case, name).toBe(kind);
    }
  });

  it("answers functions it does not implement with a clear error", async () => {
    const { connect } = setup();
    const alice = connect("alice");
    const result = await call(alice, "GetAllConversationList", new Uint8Array(), 12);
    expect(result).toEqual({
      ok: false,
      name: "GetAllConversationList",
      funcName: 1,
      errCode: FakeCoreErrorCode.Unsupported,
      errMsg: "GetAllConversationList is not supported by the fake OpenIM core",
      handleID: 12,
      data: undefined,
    });
    const unknown = FfiRequest.encode({
      operationID: "",
      handleID: 3,
      funcName: 31337 as FuncRequestEventName,
      data: new Uint8Array(),
    }).finish();
    expect(FfiResult.decode(await alice.call(unknown))).toMatchObject({
      errCode: FakeCoreErrorCode.Unsupported,
      errMsg: "function 31337 is not supported by the fake OpenIM core",
      funcName: 31337,
      handleID: 3,
    });
    expect(fakeCoreFunctions).toEqual(
      expect.arrayContaining(["SendMessage", "RevokeMessage", "TypingStatusUpdate"]),
    );
  });

  it("answers invalid arguments and malformed payloads with InvalidArgument", async () => {
    const { connect } = setup();
    const alice = connect("alice");
    const noTarget = await call(alice, "SendMessage", message.SendMessageReq.fromPartial({ message: {} }));
    expect(noTarget).toMatchObject({
      ok: false,
      errCode: FakeCoreErrorCode.InvalidArgument,
      errMsg: expect.stringMatching(/recvID and groupID/),
    });
    const noCount = await call(alice, "GetAdvancedHistoryMessageList", historyRequest("si_a_b", "", 0));
    expect(noCount).toMatchObject({ ok: false, errCode: FakeCoreErrorCode.InvalidArgument });
    const garbage = FfiRequest.encode({
      operationID: "",
      handleID: 8,
      funcName: 6 as FuncRequestEventName,
      data: new Uint8Array([0x0a, 9]),
    }).finish();
    expect(decodeFfiResult(await alice.call(garbage))).toMatchObject({
      ok: false,
      name: "SendMessage",
      handleID: 8,
      errCode: FakeCoreErrorCode.InvalidArgument,
    });
  });

  it("rejects bytes that are not an FfiRequest at all", async () => {
    const { connect } = setup();
    await expect(connect("alice").call(new Uint8Array([0xff]))).rejects.toThrow(/malformed FfiRequest/);
  });

  it("stops delivering events after unsubscribe and close", async () => {
    const { connect } = setup();
    const alice = connect("alice");
    const bob = connect("bob");
    const seen: Uint8Array[] = [];
    const unsubscribe = bob.onEvent((e) => seen.push(e));
    await sendText(alice, { recvID: "bob" }, "1");
    await settle();
    unsubscribe();
    await sendText(alice, { recvID: "bob" }, "2");
    await settle();
    expect(seen).toHaveLength(1);
    const other = recorder(bob);
    bob.close();
    await sendText(alice, { recvID: "bob" }, "3");
    await settle();
    expect(other).toEqual([]);
  });
});
