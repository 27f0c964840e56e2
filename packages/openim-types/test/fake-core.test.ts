import { afterEach, describe, expect, it } from "vitest";
import { ApprovalStatus, ContentType, MsgStatus, SessionType } from "../src/gen/common.js";
import { ErrorCode } from "../src/gen/error.js";
import { FfiRequest, FfiResult } from "../src/gen/ffi.js";
import { GroupFilter } from "../src/gen/group.js";
import { LoginStatus } from "../src/gen/init.js";
import { CheckFriendResult } from "../src/gen/relation.js";
import { GroupNeedVerification, type IMMessage } from "../src/gen/shared.js";
import {
  createOpenImSdk,
  isOpenImSdkError,
  methodNameOf,
  type OpenImEventName,
  type OpenImSdk,
  type OpenImSdkError,
  sdkFunctionNames,
} from "../src/sdk/index.js";
import {
  createFakeOpenImCore,
  createFakeOpenImServer,
  type FakeOpenImCore,
  type FakeOpenImServer,
  fakeCoreFunctions,
  fakeCoreVersion,
  groupConversationID,
  singleConversationID,
} from "../src/testing/index.js";

const config = { apiAddr: "http://127.0.0.1:10002", wsAddr: "ws://127.0.0.1:10001", dataDir: "/tmp/openim" };
const opened: { core: FakeOpenImCore; sdk: OpenImSdk }[] = [];

afterEach(() => {
  for (const { core, sdk } of opened.splice(0)) {
    // Every delivered result was freed exactly once by the client.
    expect(core.outstandingHandles()).toEqual([]);
    expect(core.invalidDrops).toBe(0);
    sdk.close();
    core.close();
  }
});

function open(server: FakeOpenImServer, options: { delivery?: "sync" | "async"; userID?: string } = {}) {
  const core = createFakeOpenImCore({ server, ...options });
  const sdk = createOpenImSdk({ transport: core, timeoutMs: 2000 });
  opened.push({ core, sdk });
  return { core, sdk };
}

/** A core with InitSDK and Login done, and a log of the passive events it received. */
async function connect(server: FakeOpenImServer, userID: string) {
  const { core, sdk } = open(server);
  const events: { name: OpenImEventName; data: unknown }[] = [];
  const stream = sdk.events(undefined, { overflow: "drop-oldest", bufferSize: 10_000 });
  void (async () => {
    for await (const event of stream) events.push(event);
  })();
  await sdk.initSDK({ config });
  await sdk.login({ userID, token: `token-of-${userID}` });
  const named = (name: OpenImEventName) =>
    events.filter((event) => event.name === name).map((event) => event.data);
  return { core, sdk, events, named };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function failure(promise: Promise<unknown>): Promise<OpenImSdkError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isOpenImSdkError(error)) throw new Error(`expected an OpenImSdkError, got ${String(error)}`);
  return error;
}

async function sendText(sdk: OpenImSdk, to: { recvID?: string; groupID?: string }, text: string) {
  const { message } = await sdk.createTextMessage({ text });
  const sent = await sdk.sendMessage({ ...to, message });
  return sent.message as IMMessage;
}

const textOf = (message: IMMessage | undefined) =>
  message?.content?.$case === "textElem" ? message.content.value.content : undefined;

describe("session: InitSDK, then Login", () => {
  it("answers SdkNotInit before InitSDK and SdkNotLogin before Login", async () => {
    const { sdk } = open(createFakeOpenImServer());
    for (const call of [
      sdk.login({ userID: "alice", token: "t-alice" }),
      sdk.version(),
      sdk.getSelfUserInfo(),
    ]) {
      expect(await failure(call)).toMatchObject({
        kind: "api",
        code: ErrorCode.SdkNotInit,
        codeName: "SdkNotInit",
      });
    }
    expect(await sdk.initSDK({ config })).toMatchObject({ suc: true });
    expect(await sdk.version()).toMatchObject({ version: fakeCoreVersion });
    expect(await sdk.getLoginStatus()).toMatchObject({ status: LoginStatus.Default });
    for (const call of [
      sdk.getSelfUserInfo(),
      sdk.getAllConversationList(),
      sdk.sendMessage({ recvID: "bob" }),
    ]) {
      expect(await failure(call)).toMatchObject({ code: ErrorCode.SdkNotLogin, codeName: "SdkNotLogin" });
    }
  });

  it("logs in once, reports the connection as events, and logs out", async () => {
    const { sdk, named } = await connect(createFakeOpenImServer(), "alice");
    await settle();
    expect(named("EventOnConnectSuccess")).toHaveLength(1);
    expect(named("EventOnSyncServerFinish")).toEqual([{ reinstalled: false, _unknownFields: {} }]);
    expect(await sdk.getLoginStatus()).toMatchObject({ status: LoginStatus.Logged });
    expect(await failure(sdk.login({ userID: "alice", token: "t-alice" }))).toMatchObject({
      codeName: "SdkLoginRepeat",
    });
    await sdk.logout();
    expect(await failure(sdk.getSelfUserInfo())).toMatchObject({ codeName: "SdkNotLogin" });
  });

  it("checks tokens when the server knows them, without repeating them", async () => {
    const server = createFakeOpenImServer({ tokens: { alice: "alice-real-token" } });
    const { sdk } = open(server);
    await sdk.initSDK({ config });
    const refused = await failure(sdk.login({ userID: "alice", token: "alice-wrong-token" }));
    expect(refused).toMatchObject({ codeName: "TokenInvalid" });
    expect(refused.message).not.toContain("wrong");
    await sdk.login({ userID: "alice", token: "alice-real-token" });
  });

  it("keeps a core made for one user to that user", async () => {
    const { sdk } = open(createFakeOpenImServer(), { userID: "alice" });
    await sdk.initSDK({ config });
    expect(await failure(sdk.login({ userID: "bob", token: "t-bob" }))).toMatchObject({
      codeName: "SdkUserIDNotFound",
    });
  });
});

describe("the whole registered surface", () => {
  it("implements every function the core registers, and nothing else", async () => {
    expect([...fakeCoreFunctions].sort()).toEqual([...sdkFunctionNames].sort());
    const { sdk } = await connect(createFakeOpenImServer(), "alice");
    const methods = sdk as unknown as Record<string, (request?: unknown) => Promise<unknown>>;
    for (const name of sdkFunctionNames) {
      if (name === "Logout" || name === "UploadFile") continue;
      const outcome = await methods[methodNameOf(name)]!().then(
        () => "ok",
        (error: OpenImSdkError) => error.codeName,
      );
      // An empty request may be refused, but never as unknown or as a crash of the fake.
      expect(["SdkFuncNotFound", "SdkInternal", "SdkNotLogin"], name).not.toContain(outcome);
    }
  });

  it("answers the unregistered functions, events and garbage as the core does", async () => {
    const core = createFakeOpenImCore();
    const ask = async (funcName: number, data = new Uint8Array()) =>
      FfiResult.decode(
        await core.call(FfiRequest.encode({ operationID: "", handleID: 0, funcName, data }).finish()),
      );
    for (const funcName of [2, 3, 29, 2110, 31337]) {
      expect(await ask(funcName)).toMatchObject({ errCode: ErrorCode.SdkFuncNotFound, funcName });
    }
    expect(FfiResult.decode(await core.call(new Uint8Array([0xff])))).toMatchObject({
      errCode: ErrorCode.SdkArgs,
    });
    core.close();
  });

  it("delivers before request() returns in sync mode", async () => {
    const { sdk } = open(createFakeOpenImServer(), { delivery: "sync" });
    expect(await sdk.initSDK({ config })).toMatchObject({ suc: true });
  });
});

describe("messages", () => {
  it("sends with progress, stores for both sides and tells the receiver", async () => {
    const server = createFakeOpenImServer();
    const alice = await connect(server, "alice");
    const bob = await connect(server, "bob");
    const { message } = await alice.sdk.createTextMessage({ text: "hi bob" });
    const progress: number[] = [];
    const { message: sent } = await alice.sdk.sendMessage(
      { message, recvID: "bob" },
      { onProgress: (p) => progress.push(p.progress) },
    );
    expect(progress).toEqual([50, 100]);
    expect(sent).toMatchObject({ sendID: "alice", recvID: "bob", seq: 1, status: MsgStatus.SendSuccess });
    await settle();
    expect(bob.named("EventOnRecvNewMessage")).toEqual([{ message: sent, _unknownFields: {} }]);
    expect(bob.named("EventOnNewConversation")).toHaveLength(1);
    expect(bob.named("EventOnTotalUnreadMessageCountChanged")).toEqual([
      { totalUnreadCount: 1, _unknownFields: {} },
    ]);
    expect(alice.named("EventOnRecvNewMessage")).toEqual([]);
    const conversationID = singleConversationID("alice", "bob");
    expect(server.messages("bob", conversationID)).toEqual([sent]);
  });

  it("dedupes SendMessage by clientMsgID across the whole store, not only the newest messages", async () => {
    const server = createFakeOpenImServer();
    const alice = await connect(server, "alice");
    await connect(server, "bob");
    const first = await sendText(alice.sdk, { recvID: "bob" }, "first");
    for (let i = 0; i < 60; i++) await sendText(alice.sdk, { recvID: "bob" }, `m${i}`);
    const again = await alice.sdk
      .sendMessage({ message: { ...first, serverMsgID: "" }, recvID: "bob" })
      .catch((error: unknown) => error);
    expect(again).toMatchObject({ code: ErrorCode.SdkMsgRepeat, codeName: "SdkMsgRepeat" });
    expect(server.messages("bob", singleConversationID("alice", "bob"))).toHaveLength(61);
  });

  it("keeps a bounded store: the oldest message of a conversation is evicted", async () => {
    const server = createFakeOpenImServer({ maxMessagesPerConversation: 3 });
    const alice = await connect(server, "alice");
    const sent = [];
    for (let i = 1; i <= 4; i++) sent.push(await sendText(alice.sdk, { recvID: "bob" }, `m${i}`));
    const conversationID = singleConversationID("alice", "bob");
    expect(server.messages("alice", conversationID).map(textOf)).toEqual(["m2", "m3", "m4"]);
    // An evicted message is forgotten: its clientMsgID no longer dedupes.
    const resent = await alice.sdk.sendMessage({ message: { ...sent[0]!, seq: 0 }, recvID: "bob" });
    expect(resent.message?.seq).toBe(5);
  });

  it("pages history both ways, oldest first", async () => {
    const server = createFakeOpenImServer();
    const alice = await connect(server, "alice");
    const sent: IMMessage[] = [];
    for (let i = 1; i <= 5; i++) sent.push(await sendText(alice.sdk, { recvID: "bob" }, `m${i}`));
    const conversationID = singleConversationID("alice", "bob");
    const page = (startClientMsgID: string, count: number) => ({
      conversationID,
      getAdvancedHistoryMessageListParams: { conversationID, startClientMsgID, count },
    });
    const newest = await alice.sdk.getAdvancedHistoryMessageList(page("", 2));
    expect(newest.getAdvancedHistoryMessageListCallback?.messageList.map(textOf)).toEqual(["m4", "m5"]);
    expect(newest.getAdvancedHistoryMessageListCallback?.isEnd).toBe(false);
    const older = await alice.sdk.getAdvancedHistoryMessageList(page(sent[3]!.clientMsgID, 10));
    expect(older.getAdvancedHistoryMessageListCallback).toMatchObject({ isEnd: true });
    expect(older.getAdvancedHistoryMessageListCallback?.messageList.map((m) => m.seq)).toEqual([1, 2, 3]);
    const forward = await alice.sdk.getAdvancedHistoryMessageListReverse(page(sent[1]!.clientMsgID, 2));
    expect(forward.getAdvancedHistoryMessageListCallback?.messageList.map((m) => m.seq)).toEqual([3, 4]);
    expect(await failure(alice.sdk.getAdvancedHistoryMessageList(page("", 0)))).toMatchObject({
      codeName: "Args",
    });
  });

  it("revokes everywhere, refuses others' messages, deletes locally, pushes typing", async () => {
    const server = createFakeOpenImServer();
    const alice = await connect(server, "alice");
    const bob = await connect(server, "bob");
    const sent = await sendText(alice.sdk, { recvID: "bob" }, "oops");
    const conversationID = singleConversationID("alice", "bob");
    expect(
      await failure(bob.sdk.revokeMessage({ conversationID, clientMsgID: sent.clientMsgID })),
    ).toMatchObject({
      codeName: "NoPermission",
    });
    await alice.sdk.revokeMessage({ conversationID, clientMsgID: sent.clientMsgID });
    await settle();
    expect(bob.named("EventOnNewRecvMessageRevoked")).toMatchObject([{ revoked: { revokerID: "alice" } }]);
    for (const user of ["alice", "bob"]) {
      expect(server.messages(user, conversationID)[0]?.contentType).toBe(ContentType.RevokedNotification);
    }
    await bob.sdk.deleteMessage({ conversationID, clientMsgID: sent.clientMsgID });
    expect(server.messages("bob", conversationID)).toEqual([]);
    expect(server.messages("alice", conversationID)).toHaveLength(1);
    expect(
      await failure(bob.sdk.deleteMessage({ conversationID, clientMsgID: sent.clientMsgID })),
    ).toMatchObject({
      codeName: "RecordNotFound",
    });
    await alice.sdk.typingStatusUpdate({ recvID: "bob", msgTip: "typing..." });
    await settle();
    expect(bob.named("EventOnRecvOnlineOnlyMessage")).toMatchObject([
      { message: { contentType: ContentType.Typing, content: { value: { msgTips: "typing..." } } } },
    ]);
  });

  it("inserts messages into the local store only", async () => {
    const server = createFakeOpenImServer();
    const alice = await connect(server, "alice");
    const { message } = await alice.sdk.createTextMessage({ text: "local" });
    const { msg } = await alice.sdk.insertSingleMessageToLocalStorage({
      msg: message,
      recvID: "bob",
      sendID: "alice",
    });
    expect(msg?.status).toBe(MsgStatus.SendSuccess);
    expect(server.messages("alice", singleConversationID("alice", "bob")).map(textOf)).toEqual(["local"]);
    expect(server.messages("bob", singleConversationID("alice", "bob"))).toEqual([]);
    await alice.sdk.deleteAllMessageFromLocalStorage();
    expect(server.messages("alice", singleConversationID("alice", "bob"))).toEqual([]);
  });
});

describe("conversations", () => {
  it("lists, counts unread, pins, drafts, hides, searches and deletes", async () => {
    const server = createFakeOpenImServer();
    const alice = await connect(server, "alice");
    const bob = await connect(server, "bob");
    await connect(server, "carol");
    const carol = opened[opened.length - 1]!.sdk;
    await sendText(bob.sdk, { recvID: "alice" }, "hello from bob");
    await sendText(carol, { recvID: "alice" }, "hello from carol");
    await sendText(carol, { recvID: "alice" }, "carol again");
    const withBob = singleConversationID("alice", "bob");
    const withCarol = singleConversationID("alice", "carol");

    const all = await alice.sdk.getAllConversationList();
    expect(all.conversationList.map((c) => [c.conversationID, c.unreadCount, c.showName])).toEqual([
      [withCarol, 2, "carol"],
      [withBob, 1, "bob"],
    ]);
    expect(await alice.sdk.getTotalUnreadMsgCount()).toMatchObject({ totalUnreadCount: 3 });
    const split = await alice.sdk.getConversationListSplit({ offset: 1, count: 5 });
    expect(split.conversationList.map((c) => c.conversationID)).toEqual([withBob]);

    await alice.sdk.setConversation({ conversationID: withBob, isPinned: true });
    await alice.sdk.setConversationDraft({ conversationID: withBob, draftText: "later" });
    const pinned = await alice.sdk.getAllConversationList();
    expect(pinned.conversationList[0]).toMatchObject({
      conversationID: withBob,
      isPinned: true,
      draftText: "later",
    });

    await alice.sdk.markConversationMessageAsRead({ conversationID: withCarol });
    expect(await alice.sdk.getTotalUnreadMsgCount()).toMatchObject({ totalUnreadCount: 1 });

    const found = await alice.sdk.searchLocalMessages({
      searchParam: { keywordList: ["carol"], pageIndex: 1, count: 10 },
    });
    expect(found.searchResult?.totalCount).toBe(2);
    expect(found.searchResult?.searchResultItems.map((item) => item.conversationID)).toEqual([withCarol]);
    expect((await alice.sdk.searchConversation({ searchParam: "bob" })).conversationList).toHaveLength(1);

    await alice.sdk.hideConversation({ conversationID: withCarol });
    expect((await alice.sdk.getAllConversationList()).conversationList.map((c) => c.conversationID)).toEqual([
      withBob,
    ]);
    await sendText(carol, { recvID: "alice" }, "back");
    expect((await alice.sdk.getAllConversationList()).conversationList).toHaveLength(2);

    await alice.sdk.deleteConversationAndDeleteAllMsg({ conversationID: withBob });
    expect(server.messages("alice", withBob)).toEqual([]);
    expect(
      await alice.sdk.getConversationIDBySessionType({ sourceID: "g1", sessionType: SessionType.ReadGroup }),
    ).toMatchObject({
      conversationID: groupConversationID("g1"),
    });
    expect(await failure(alice.sdk.getConversationListSplit({ offset: 0, count: 0 }))).toMatchObject({
      codeName: "Args",
    });
  });
});

describe("groups", () => {
  it("creates a group, talks in it, mutes, kicks, transfers and dismisses", async () => {
    const server = createFakeOpenImServer();
    const alice = await connect(server, "alice");
    const bob = await connect(server, "bob");
    const { groupInfo } = await alice.sdk.createGroup({
      memberUserIDs: ["bob", "carol"],
      groupInfo: { groupName: "crew" },
    });
    const groupID = groupInfo!.groupID;
    expect(groupInfo).toMatchObject({ groupName: "crew", ownerUserID: "alice", memberCount: 3 });
    await settle();
    expect(bob.named("EventOnJoinedGroupAdded")).toMatchObject([{ group: { groupID } }]);

    const sent = await sendText(bob.sdk, { groupID }, "hi crew");
    expect(server.messages("carol", groupConversationID(groupID)).map(textOf)).toEqual(["hi crew"]);
    expect(sent.sessionType).toBe(SessionType.ReadGroup);

    const owners = await alice.sdk.getGroupMembers({ groupID, filter: GroupFilter.Owner });
    expect(owners.members.map((m) => m.userID)).toEqual(["alice"]);
    expect((await bob.sdk.getJoinedGroups()).groups.map((g) => g.groupID)).toEqual([groupID]);

    await alice.sdk.changeGroupMute({ groupID, mute: true });
    expect(await failure(sendText(bob.sdk, { groupID }, "muted?"))).toMatchObject({
      codeName: "SrvMutedGroup",
    });
    await alice.sdk.changeGroupMute({ groupID, mute: false });
    await alice.sdk.changeGroupMemberMute({ groupID, userID: "bob", mutedSeconds: 60 });
    expect(await failure(sendText(bob.sdk, { groupID }, "me?"))).toMatchObject({
      codeName: "SrvMutedInGroup",
    });
    expect(await failure(bob.sdk.kickGroupMember({ groupID, kickedUserIDs: ["carol"] }))).toMatchObject({
      codeName: "NoPermission",
    });

    await alice.sdk.kickGroupMember({ groupID, kickedUserIDs: ["carol"], reason: "" });
    expect(await alice.sdk.isJoinGroup({ groupID, userID: "carol" })).toMatchObject({ joined: false });
    await alice.sdk.transferGroupOwner({ groupID, ownerUserID: "bob" });
    expect((await bob.sdk.getSpecifiedGroupsInfo({ groupIDs: [groupID] })).groups[0]?.ownerUserID).toBe(
      "bob",
    );
    expect(await failure(alice.sdk.dismissGroup({ groupID }))).toMatchObject({ codeName: "NoPermission" });
    await bob.sdk.dismissGroup({ groupID });
    await settle();
    expect(alice.named("EventOnGroupDismissed")).toHaveLength(1);
    expect(await failure(sendText(alice.sdk, { groupID }, "anyone?"))).toMatchObject({
      codeName: "SrvDismissedAlready",
    });
  });

  it("takes join requests for groups that verify, and lets the owner decide", async () => {
    const server = createFakeOpenImServer();
    const alice = await connect(server, "alice");
    const dave = await connect(server, "dave");
    const { groupInfo } = await alice.sdk.createGroup({
      groupInfo: { groupID: "club", needVerification: GroupNeedVerification.AllNeedVerification },
    });
    expect(groupInfo?.groupID).toBe("club");
    await dave.sdk.joinGroup({ groupID: "club", reqMessage: "let me in" });
    expect(await dave.sdk.isJoinGroup({ groupID: "club" })).toMatchObject({ joined: false });
    const pending = await alice.sdk.getGroupRequest({ send: false });
    expect(pending.requests).toMatchObject([{ userID: "dave", reqMsg: "let me in", handleResult: 0 }]);
    await alice.sdk.handlerGroupRequest({
      groupID: "club",
      fromUserID: "dave",
      status: ApprovalStatus.Approved,
    });
    expect(await dave.sdk.isJoinGroup({ groupID: "club" })).toMatchObject({ joined: true });
    await settle();
    expect(dave.named("EventOnGroupApplicationAccepted")).toHaveLength(1);
  });
});

describe("friends and blacklist", () => {
  it("requests, accepts, blocks, updates and deletes", async () => {
    const server = createFakeOpenImServer();
    const alice = await connect(server, "alice");
    const bob = await connect(server, "bob");
    await alice.sdk.addFriend({ userID: "bob", reqMsg: "hi" });
    expect((await bob.sdk.getFriendRequests({ send: false })).requests).toMatchObject([
      { fromUserID: "alice" },
    ]);
    expect(await failure(alice.sdk.addFriend({ userID: "alice" }))).toMatchObject({
      codeName: "SrvCanNotAddYourself",
    });
    await bob.sdk.handlerFriendRequest({ userID: "alice", status: ApprovalStatus.Approved, handleMsg: "ok" });
    await settle();
    expect(alice.named("EventOnFriendAdded")).toMatchObject([{ friend: { friendUserID: "bob" } }]);
    expect(
      (await alice.sdk.checkFriend({ friendUserIDs: ["bob", "carol"] })).result.map((r) => r.result),
    ).toEqual([CheckFriendResult.IsFriend, CheckFriendResult.NotFriend]);
    expect(await failure(alice.sdk.addFriend({ userID: "bob" }))).toMatchObject({
      codeName: "SrvRelationshipAlready",
    });

    await alice.sdk.updateFriends({ userID: "bob", Remark: "Bobby" });
    expect((await alice.sdk.searchFriends({ keyword: "bobby", searchRemark: true })).friends).toHaveLength(1);

    await bob.sdk.addBlack({ userID: "alice" });
    expect(await failure(sendText(alice.sdk, { recvID: "bob" }, "?"))).toMatchObject({
      codeName: "SrvBlockedByPeer",
    });
    expect((await bob.sdk.getBlacks()).blacks.map((b) => b.blockUserID)).toEqual(["alice"]);
    await bob.sdk.deleteBlack({ userID: "alice" });
    await sendText(alice.sdk, { recvID: "bob" }, "!");

    await alice.sdk.deleteFriend({ userID: "bob" });
    expect((await alice.sdk.getFriends()).friends).toEqual([]);
    expect((await bob.sdk.getFriends()).friends.map((f) => f.friendUserID)).toEqual(["alice"]);
  });
});

describe("users and the rest", () => {
  it("updates the own profile, keeps user commands, uploads logs with their progress", async () => {
    const server = createFakeOpenImServer({ users: { bob: { nickname: "Bob" } } });
    const alice = await connect(server, "alice");
    await alice.sdk.setSelfInfo({ nickname: "Alice" });
    expect((await alice.sdk.getSelfUserInfo()).user).toMatchObject({ userID: "alice", nickname: "Alice" });
    await settle();
    expect(alice.named("EventOnSelfInfoUpdated")).toMatchObject([{ user: { nickname: "Alice" } }]);
    expect(
      (await alice.sdk.getUsersInfo({ userIDs: ["bob", "nobody"] })).users.map((u) => u.nickname),
    ).toEqual(["Bob"]);

    await alice.sdk.processUserCommandAdd({ type: 1, uuid: "u1", value: "v1" });
    expect(await failure(alice.sdk.processUserCommandAdd({ type: 1, uuid: "u1" }))).toMatchObject({
      codeName: "DuplicateKey",
    });
    await alice.sdk.processUserCommandUpdate({ type: 1, uuid: "u1", value: "v2" });
    expect((await alice.sdk.processUserCommandGetAll()).commands).toMatchObject([
      { uuid: "u1", value: "v2" },
    ]);
    await alice.sdk.processUserCommandDelete({ type: 1, uuid: "u1" });
    expect((await alice.sdk.processUserCommandGetAll()).commands).toEqual([]);

    const progress: unknown[] = [];
    await alice.sdk.uploadLogs({ line: 100 }, { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([
      { progress: 50, total: 100, _unknownFields: {} },
      { progress: 100, total: 100, _unknownFields: {} },
    ]);
    const fileProgress: number[] = [];
    await alice.sdk.uploadFile(new Uint8Array([1, 2, 3]), {
      onProgress: (p) => fileProgress.push(p.progress),
    });
    expect(fileProgress).toEqual([50, 100]);
    await alice.sdk.updateFcmToken({ fcmToken: "fcm-token-1234" });
    await alice.sdk.setAppBadge({ appUnreadCount: 3 });
    expect(await failure(alice.sdk.log({}))).toMatchObject({ codeName: "Args" });
  });
});

describe("the core's requests of its host", () => {
  it("asks the client's Js* handlers, as the WebAssembly build does", async () => {
    const { core, sdk } = open(createFakeOpenImServer());
    const files = new Map([["f-1", new Uint8Array([1, 2, 3, 4])]]);
    sdk.handle("JsFileOpen", ({ uuid }) => ({ size: files.get(uuid)?.length ?? 0 }));
    sdk.handle("JsFileRead", ({ uuid, offset, length }) => ({
      data: files.get(uuid)?.subarray(offset, offset + length) ?? new Uint8Array(),
    }));
    expect(core.requestHost("JsFileOpen", { uuid: "f-1" })).toEqual({
      ok: true,
      data: { size: 4, _unknownFields: {} },
    });
    const read = core.requestHost("JsFileRead", { uuid: "f-1", offset: 1, length: 2 });
    expect(read.ok && [...read.data.data]).toEqual([2, 3]);
    expect(core.requestHost("JsSqliteOpen", { name: "db" })).toMatchObject({
      ok: false,
      errCode: ErrorCode.SdkFuncNotFound,
    });
    expect(() => core.requestHost("SendMessage" as never, {} as never)).toThrow(TypeError);
  });
});
