import type { ContentType } from "../content-type.js";
import type { BoundedMap } from "./bounded-map.js";
import type { Directory, FakeGroup, FakeUser } from "./directory.js";
import type { MessageStore, StoredMessage } from "./message-store.js";

/** Codes the fake answers with, inside an HTTP 200 envelope like the vendor's business errors. */
export const fakeCodes = {
  ok: 200,
  invalidRequest: 400,
  unauthorized: 401,
  notFound: 404,
  conflict: 409,
} as const;

/** What a handler returns: the envelope's parts (`cursor`/`total` for paged answers). */
export interface FakeAnswer {
  code: number;
  message: string | null;
  data?: unknown;
  cursor?: string;
  total?: number | bigint;
}

/** A system notification the fake accepted. */
export interface NotificationRecord {
  from: bigint;
  targets: bigint[];
  targetType: 1 | 2;
  contentType: ContentType;
  content: string;
  attachment: string;
}

export interface FakeState {
  readonly store: MessageStore;
  readonly directory: Directory;
  readonly notifications: NotificationRecord[];
  readonly maxNotifications: number;
  /** Deduplication key → when it expires. */
  readonly dedupe: BoundedMap<string, number>;
  readonly dedupeWindowMs: number;
}

/** One validated request, values exact (int64 as bigint or number). */
export interface FakeCall {
  readonly viewer: bigint;
  readonly input: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly text: string | undefined;
  readonly state: FakeState;
}

type Handler = (call: FakeCall) => FakeAnswer;

export const ok = (data: unknown): FakeAnswer => ({ code: fakeCodes.ok, message: null, data });
export const fail = (code: number, message: string): FakeAnswer => ({ code, message, data: null });
const id = (value: unknown): bigint => BigInt(value as number | bigint);
const optionalId = (value: unknown): bigint | undefined => (value === undefined ? undefined : id(value));

interface SendInput {
  targets: (number | bigint)[];
  type: 1 | 2;
  content: string;
  content_type: ContentType;
  attachment: string;
  config?: string;
  ext?: string;
  from_user_id?: number | bigint;
  transaction_id?: number | bigint;
}

function send(kind: "send" | "notify"): Handler {
  return ({ viewer, input, state }) => {
    const body = input as unknown as SendInput;
    const from = body.from_user_id === undefined ? viewer : id(body.from_user_id);
    if (body.transaction_id !== undefined) {
      // As the vendor documents it: a repeat with the same transaction_id shortly after is not executed.
      const key = `${kind}:${from}:${id(body.transaction_id)}`;
      const now = Date.now();
      const expiresAt = state.dedupe.get(key);
      if (expiresAt !== undefined && expiresAt > now) return ok(true);
      state.dedupe.set(key, now + state.dedupeWindowMs);
    }
    const targets = body.targets.map(id);
    const common = { contentType: body.content_type, content: body.content, attachment: body.attachment };
    if (kind === "notify") {
      state.notifications.push({ from, targets, targetType: body.type, ...common });
      if (state.notifications.length > state.maxNotifications) state.notifications.shift();
      return ok(true);
    }
    for (const target of targets) {
      state.store.add({
        from,
        target,
        targetType: body.type,
        ...common,
        ...(body.config === undefined ? {} : { config: body.config }),
        ...(body.ext === undefined ? {} : { ext: body.ext }),
      });
    }
    return ok(true);
  };
}

const recall: Handler = ({ viewer, input, state }) =>
  state.store.recall(viewer, id(input.conversation_id), id(input.msg_id))
    ? ok(true)
    : fail(
        fakeCodes.notFound,
        `message ${String(input.msg_id)} not found in conversation ${String(input.conversation_id)}`,
      );

function describeMessage(store: MessageStore, message: StoredMessage) {
  return {
    msg_id: message.msgId,
    from_xid: { uid: message.from, device_sn: 0 },
    to_xid: { uid: message.to, device_sn: 0 },
    content: message.content,
    ctype: store.ctypeOf(message),
    status: store.statusOf(message),
    timestamp: message.timestamp,
    attachment: message.attachment,
    ...(message.config === undefined ? {} : { config: message.config }),
    ...(message.ext === undefined ? {} : { ext: message.ext }),
  };
}

function userSettings(user: FakeUser) {
  return { user_id: user.userId, auth_mode: 0, no_push: false, no_sounds: false, vibratory: true };
}

function profile(user: FakeUser) {
  return { user_id: user.userId, username: user.username, nick_name: user.nickName ?? user.username };
}

function groupInfo(group: FakeGroup) {
  return {
    group_id: group.groupId,
    name: group.name,
    owner_id: group.owner,
    type: group.type,
    description: group.description,
    avatar: group.avatar,
    count: group.members.size,
    capacity: 2000,
    created_at: group.createdAt,
    updated_at: group.createdAt,
    status: 0,
  };
}

function withGroup(handler: (call: FakeCall, group: FakeGroup) => FakeAnswer): Handler {
  return (call) => {
    const groupId = optionalId(call.input.group_id ?? call.query.group_id);
    const group = groupId === undefined ? undefined : call.state.directory.groups.get(groupId);
    return group ? handler(call, group) : fail(fakeCodes.notFound, `no group ${String(groupId)}`);
  };
}

function token(find: (call: FakeCall) => FakeUser | undefined): Handler {
  return (call) => {
    const user = find(call);
    if (!user || user.password !== call.input.password) {
      return fail(fakeCodes.unauthorized, "unknown user or wrong password");
    }
    return ok({
      token: call.state.directory.issueToken(user.userId),
      user_id: user.userId,
      expire: 7 * 24 * 3600,
    });
  };
}

function membersChange(change: "add" | "remove"): Handler {
  return withGroup(({ input }, group) => {
    const now = Date.now();
    const users = (input.user_list as (number | bigint)[]).map(id);
    for (const user of users) {
      if (change === "add") group.members.set(user, now);
      else if (user !== group.owner) group.members.delete(user);
    }
    return ok(users.map((user) => ({ user_id: user, result: "success", reason: "" })));
  });
}

const destroy: Handler = withGroup(({ viewer, state }, group) => {
  if (group.owner !== viewer) return fail(fakeCodes.unauthorized, "only the owner destroys a group");
  state.directory.groups.delete(group.groupId);
  return ok(true);
});

const leave: Handler = withGroup(({ viewer }, group) => ok(group.members.delete(viewer)));

/**
 * The operations the fake really performs, in memory: users and tokens, groups and their members,
 * and the message operations. Every other operation of the spec gets a schema-valid answer
 * derived from the spec.
 */
export const fakeHandlers: Readonly<Record<string, Handler>> = {
  "message.send": send("send"),
  "message.sendPut": send("send"),
  "message.notify": send("notify"),
  "message.notifyPut": send("notify"),
  "message.recall": recall,
  "message.recallPut": recall,
  "message.conversation": ({ viewer, input, state }) => {
    const limit = Number(input.limit);
    if (limit < 1) return fail(fakeCodes.invalidRequest, "limit must be at least 1");
    const page = state.store.page(viewer, id(input.opposite_id), id(input.msg_id_start), limit);
    return ok({
      is_last: page.isLast,
      messages: page.messages.map((message) => describeMessage(state.store, message)),
      next_msg_id: page.nextMsgId,
    });
  },
  "message.conversationDelete": ({ viewer, input, state }) => {
    state.store.deleteFor(viewer, id(input.conversation_id));
    return ok(true);
  },
  "message.ack": ({ viewer, input, state }) =>
    state.store.acknowledge(viewer, optionalId(input.conversation_id), optionalId(input.msg_id))
      ? ok(true)
      : fail(fakeCodes.notFound, "no such conversation or message"),
  "message.unread": ({ viewer, state }) =>
    ok(
      state.store
        .unread(viewer)
        .map(({ oppositeId, count }) => ({ conversation_id: { uid: oppositeId }, num: count })),
    ),

  "user.registerV2": ({ input, state }) => {
    const user = state.directory.register(String(input.username), String(input.password));
    return user
      ? ok(userSettings(user))
      : fail(fakeCodes.conflict, `username ${String(input.username)} is taken`);
  },
  "user.registerBatch": ({ input, state }) =>
    ok(
      (input.list as { username: string; password: string }[] | undefined)?.map(({ username, password }) => {
        const user = state.directory.register(username, password);
        return user
          ? { user_id: user.userId, username, success: true, reason: "" }
          : { username, success: false, reason: "username is taken" };
      }) ?? [],
    ),
  "user.profile": ({ viewer, state }) => {
    const user = state.directory.users.get(viewer);
    return user ? ok(profile(user)) : ok({ user_id: viewer });
  },
  "token.user": token(({ input, state }) => state.directory.findByName(String(input.name))),
  "token.login": token(({ input, state }) => state.directory.findByName(String(input.login_name))),
  "token.id": token(({ input, state }) => state.directory.users.get(id(input.user_id))),

  "group.create": ({ viewer, input, state }) => {
    const group = state.directory.createGroup(viewer, {
      ...(typeof input.name === "string" ? { name: input.name } : {}),
      ...(typeof input.type === "number" ? { type: input.type } : {}),
      ...(typeof input.description === "string" ? { description: input.description } : {}),
      ...(typeof input.avatar === "string" ? { avatar: input.avatar } : {}),
    });
    const now = Date.now();
    for (const user of (input.user_list as (number | bigint)[] | undefined) ?? [])
      group.members.set(id(user), now);
    return ok(groupInfo(group));
  },
  "group.info": withGroup((_call, group) => ok(groupInfo(group))),
  "group.settings": withGroup((_call, group) => ok(groupInfo(group))),
  "group.infoName": withGroup(({ input }, group) => {
    group.name = String(input.value);
    return ok(true);
  }),
  "group.invite": membersChange("add"),
  "group.kick": membersChange("remove"),
  "group.kickDelete": membersChange("remove"),
  "group.memberList": withGroup(({ query }, group) => {
    const members = [...group.members].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const from = query.cursor === undefined ? 0 : Number(query.cursor);
    const limit = query.limit === undefined ? 1000 : Number(query.limit);
    const slice = members.slice(from, from + limit);
    const next = from + slice.length;
    return {
      ...ok(slice.map(([user, joined]) => ({ user_id: user, join_time: joined, display_name: "" }))),
      ...(next < members.length ? { cursor: String(next) } : {}),
      total: members.length,
    };
  }),
  "group.userJoined": ({ viewer, state }) =>
    ok(
      [...state.directory.groups.values()]
        .filter((group) => group.members.has(viewer))
        .map((group) => group.groupId),
    ),
  "group.destroy": destroy,
  "group.destroyDelete": destroy,
  "group.leave": leave,
  "group.leaveDelete": leave,
};
