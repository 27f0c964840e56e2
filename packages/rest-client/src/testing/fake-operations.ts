import { parseJson } from "@chatwire/http-core";
import type { ContentType } from "../content-type.js";
import type { Envelope } from "../envelope.js";
import type { RecordedRequest } from "./fake-rest-server.js";
import type { MessageStore, StoredMessage } from "./message-store.js";
import type { OperationValidator } from "./request-validator.js";

/** A system notification the fake accepted. */
export interface NotificationRecord {
  from: bigint;
  targets: bigint[];
  targetType: 1 | 2;
  contentType: ContentType;
  content: string;
  attachment: string;
}

export interface FakeHandlers {
  store: MessageStore;
  tokenUserId: bigint;
  notifications: NotificationRecord[];
  /** Deduplication key → when it expires. */
  dedupe: Map<string, number>;
  dedupeWindowMs: number;
}

interface Credentials {
  appId?: string;
  accessToken?: string;
}

/** Codes the fake answers with, all inside an HTTP 200 envelope like the vendor's business errors. */
export const fakeCodes = { ok: 200, invalidRequest: 400, unauthorized: 401, notFound: 404 } as const;

const ok = (data: unknown): Envelope => ({ code: fakeCodes.ok, message: null, data });
const fail = (code: number, message: string): Envelope => ({ code, message, data: null });

/** Query values arrive as text; IDs are read exactly (bigint), whatever their size. */
function exactInteger(text: string | undefined): bigint | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  return /^[-+]?\d+$/.test(trimmed) ? BigInt(trimmed.replace(/^\+/, "")) : BigInt(Number(trimmed));
}

const toBigInt = (value: unknown): bigint => BigInt(value as number | bigint);

interface SendBody {
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

/** Validates one request against the OpenAPI document, then applies it to the in-memory state. */
export function handleOperation(
  validator: OperationValidator,
  request: RecordedRequest,
  handlers: FakeHandlers,
  credentials: Credentials,
): Envelope {
  let body: unknown;
  let exactBody: unknown;
  if (request.body !== "") {
    try {
      // Types are checked on the plain parse; values are taken from the exact one.
      body = JSON.parse(request.body);
      exactBody = parseJson(request.body);
    } catch {
      return fail(fakeCodes.invalidRequest, "request body is not valid JSON");
    }
  }
  const problems = validator.validate({ query: request.query, headers: request.headers, body });
  if (problems.credentials.length > 0) return fail(fakeCodes.unauthorized, problems.credentials.join("; "));
  if (problems.other.length > 0) return fail(fakeCodes.invalidRequest, problems.other.join("; "));
  if (
    (credentials.appId !== undefined && request.headers.app_id !== credentials.appId) ||
    (credentials.accessToken !== undefined && request.headers["access-token"] !== credentials.accessToken)
  ) {
    // Deliberately says nothing about the values received.
    return fail(fakeCodes.unauthorized, "unknown app_id or access-token");
  }

  const viewer = exactInteger(request.headers.user_id) ?? handlers.tokenUserId;
  const query = request.query;
  const { store } = handlers;

  switch (validator.operationId) {
    case "sendMessage":
    case "sendMessagePut":
      return send(exactBody as SendBody, viewer, handlers, "send");
    case "sendNotification":
    case "sendNotificationPut":
      return send(exactBody as SendBody, viewer, handlers, "notify");
    case "recallMessage":
    case "recallMessagePut": {
      const { conversation_id, msg_id } = exactBody as {
        conversation_id: number | bigint;
        msg_id: number | bigint;
      };
      return store.recall(viewer, toBigInt(conversation_id), toBigInt(msg_id))
        ? ok(true)
        : fail(fakeCodes.notFound, `message ${msg_id} not found in conversation ${conversation_id}`);
    }
    case "getConversationMessages": {
      const limit = Number(query.limit);
      if (limit < 1) return fail(fakeCodes.invalidRequest, "limit must be at least 1");
      const oppositeId = exactInteger(query.opposite_id) ?? 0n;
      const page = store.page(viewer, oppositeId, exactInteger(query.msg_id_start) ?? 0n, limit);
      return ok({
        is_last: page.isLast,
        messages: page.messages.map((message) => describeMessage(store, message)),
        next_msg_id: page.nextMsgId,
      });
    }
    case "deleteConversation":
      store.deleteFor(viewer, exactInteger(query.conversation_id) ?? 0n);
      return ok(true);
    case "sendReadAck":
      return store.acknowledge(viewer, exactInteger(query.conversation_id), exactInteger(query.msg_id))
        ? ok(true)
        : fail(fakeCodes.notFound, "no such conversation or message");
    case "listUnread":
      return ok(
        store
          .unread(viewer)
          .map(({ oppositeId, count }) => ({ conversation_id: { uid: oppositeId }, num: count })),
      );
    default:
      return fail(
        fakeCodes.invalidRequest,
        `operation ${validator.operationId} is not supported by the fake`,
      );
  }
}

function send(body: SendBody, viewer: bigint, handlers: FakeHandlers, kind: "send" | "notify"): Envelope {
  const from = body.from_user_id === undefined ? viewer : toBigInt(body.from_user_id);
  if (body.transaction_id !== undefined) {
    const key = `${kind}:${from}:${toBigInt(body.transaction_id)}`;
    const now = Date.now();
    const expiresAt = handlers.dedupe.get(key);
    // A repeat inside the window is acknowledged but not executed again.
    if (expiresAt !== undefined && expiresAt > now) return ok(true);
    handlers.dedupe.set(key, now + handlers.dedupeWindowMs);
  }
  const targets = body.targets.map(toBigInt);
  const common = {
    contentType: body.content_type,
    content: body.content,
    attachment: body.attachment,
  };
  if (kind === "notify") {
    handlers.notifications.push({ from, targets, targetType: body.type, ...common });
    return ok(true);
  }
  for (const target of targets) {
    handlers.store.add({
      from,
      target,
      targetType: body.type,
      ...common,
      ...(body.config === undefined ? {} : { config: body.config }),
      ...(body.ext === undefined ? {} : { ext: body.ext }),
    });
  }
  return ok(true);
}

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
