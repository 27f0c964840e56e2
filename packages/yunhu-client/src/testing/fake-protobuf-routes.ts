import type { Msg } from "../gen/v1/msg.js";
import type { ProtobufEndpoints, ProtobufMethodName, ProtobufResponse } from "../protobuf-method-types.js";
import type { FakeChatStore, FakeYunhuUser } from "./fake-chat-store.js";

type DecodedRequest<M extends ProtobufMethodName> = ReturnType<ProtobufEndpoints[M]["request"]["decode"]>;

/** What a handler returns: the response message without its Status, which the server fills in. */
type Answer<M extends ProtobufMethodName> = Omit<Partial<ProtobufResponse<M>>, "status">;

type Handler<M extends ProtobufMethodName> = (
  store: FakeChatStore,
  user: FakeYunhuUser,
  request: DecodedRequest<M>,
) => Answer<M>;

/** Which side of the chat a message is shown on depends on who is reading. */
function asSeenBy(user: FakeYunhuUser, messages: readonly Msg[]): Msg[] {
  return messages.map((m) => ({ ...m, direction: m.sender?.chatId === user.id ? "right" : "left" }));
}

/**
 * The fake's behaviour per protobuf endpoint, keyed like the generated table. An rpc added to
 * the proto without a handler here is answered with HTTP 501 by the fake.
 */
export const fakeProtobufRoutes: { readonly [M in ProtobufMethodName]?: Handler<M> } = {
  sendMessage: (store, user, request) => {
    store.send(user, request);
    return {};
  },
  editMessage: (store, user, request) => {
    store.edit(user, request);
    return {};
  },
  recallMsg: (store, user, request) => {
    store.recall(user, request);
    return {};
  },
  recallMsgBatch: (store, user, request) => {
    store.recallBatch(user, request);
    return {};
  },
  buttonReport: (store, user, request) => {
    store.reportButton(user, request);
    return {};
  },
  listMessage: (store, user, request) => ({
    msg: asSeenBy(user, store.listBefore(request, request.msgId, request.msgCount)),
  }),
  listMessageBySeq: (store, user, request) => {
    const msg = asSeenBy(user, store.listAfterSeq(request, request.msgStart));
    return { msg, msgCount: msg.length };
  },
  listMessageByMidSeq: (store, user, request) => {
    const msg = asSeenBy(user, store.listThrough(request, request.msgId, request.msgSeq, request.msgCount));
    return { msg, total: msg.length };
  },
};
