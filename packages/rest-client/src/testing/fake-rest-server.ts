import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { stringifyJson } from "@chatwire/http-core";
import { maximOperationTable } from "../gen/maxim-operations.js";
import type { Int64 } from "../int64.js";
import { loadOperation } from "../load-operation.js";
import type { RestOperation } from "../rest-api-error.js";
import { checkValue } from "../validation/check-value.js";
import { int64 } from "../validation/primitives.js";
import { BoundedMap } from "./bounded-map.js";
import { Directory } from "./directory.js";
import { type FakeFault, FaultPlan } from "./fake-faults.js";
import {
  type FakeAnswer,
  type FakeState,
  fail,
  fakeCodes,
  fakeHandlers,
  type NotificationRecord,
  ok,
} from "./fake-handlers.js";
import { BodyTooLarge, exactInteger, parseBody, readBody, typedQuery } from "./fake-request.js";
import { MessageStore } from "./message-store.js";
import { sampleValue } from "./sample-value.js";

/** Options of `startFakeRestServer`. */
export interface FakeRestServerOptions {
  /** When set, requests must carry this `app_id` (code 401 otherwise). */
  appId?: string;
  /**
   * The admin token. When set, a request must carry it or a token the fake issued (code 401
   * otherwise); unset, any token is taken as the admin's.
   */
  accessToken?: string;
  /** The user the admin token acts as when no `user_id` header says otherwise. */
  userId?: Int64;
  /** ID of the first stored message; later ones count up. Set it past 2^53 to exercise bigint IDs. */
  firstMessageId?: Int64;
  /** ID of the first registered user and of the first group. */
  firstUserId?: Int64;
  firstGroupId?: Int64;
  /** How long a `transaction_id` is remembered for deduplication. Default 60000 ms. */
  dedupeWindowMs?: number;
  /** Largest request body accepted, in bytes; larger ones get HTTP 413. Default 1 MiB. */
  maxRequestBytes?: number;
  /** How many requests `requests` keeps (the oldest are dropped first). Default 1000. */
  maxRecordedRequests?: number;
  /** Messages kept per conversation (the oldest are dropped first). Default 10000. */
  maxMessagesPerConversation?: number;
  /** Conversations kept (the least recently active is dropped first). Default 10000. */
  maxConversations?: number;
}

/** One request as received, for assertions. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The body exactly as it arrived ("" when none was read). */
  body: string;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
}

/** A running fake MaxIM server. */
export interface FakeRestServer {
  /** Base URL to give `createRestClient`, e.g. `http://127.0.0.1:53211`. */
  readonly url: string;
  /** The most recent requests, oldest first (at most `maxRecordedRequests`). */
  readonly requests: readonly RecordedRequest[];
  /** System notifications accepted by /message/notify (the latest 1000). */
  readonly notifications: readonly NotificationRecord[];
  /** Queues faults for the next requests of one operation ("POST /message/send") or any ("*"). */
  failNext(operation: string, ...faults: FakeFault[]): void;
  close(): Promise<void>;
}

/** The user the access token belongs to when `userId` is not given. */
export const defaultFakeUserId = 1_000_000_000_001n;
/** The ID the fake gives its first message. */
export const defaultFirstMessageId = 1_700_000_000_000_001n;
const defaultFirstUserId = 2_000_000_000_001n;
const defaultFirstGroupId = 3_000_000_000_001n;

type Row = (typeof maximOperationTable)[keyof typeof maximOperationTable];
const routes = new Map<string, [string, Row]>(
  Object.entries(maximOperationTable).map(([call, row]) => [`${row.method} ${row.path}`, [call, row]]),
);
const knownPaths: ReadonlySet<string> = new Set(Object.values(maximOperationTable).map((row) => row.path));

/**
 * Starts an in-memory MaxIM server API on 127.0.0.1 (random port). Every operation of the spec is
 * served: users, tokens, groups and messages really, the rest with a schema-valid answer derived
 * from the spec. Credentials are checked before the body is read; every request is checked against
 * the spec, violations answered like the vendor answers errors (HTTP 200, code 400 or 401).
 */
export async function startFakeRestServer(options: FakeRestServerOptions = {}): Promise<FakeRestServer> {
  const faults = new FaultPlan();
  const requests: RecordedRequest[] = [];
  const maxRecorded = options.maxRecordedRequests ?? 1000;
  const maxRequestBytes = options.maxRequestBytes ?? 1024 * 1024;
  const tokenUser = BigInt(options.userId ?? defaultFakeUserId);
  const state: FakeState = {
    store: new MessageStore(BigInt(options.firstMessageId ?? defaultFirstMessageId), {
      maxConversations: options.maxConversations ?? 10_000,
      maxMessagesPerConversation: options.maxMessagesPerConversation ?? 10_000,
    }),
    directory: new Directory(
      BigInt(options.firstUserId ?? defaultFirstUserId),
      BigInt(options.firstGroupId ?? defaultFirstGroupId),
      { maxUsers: 100_000, maxGroups: 10_000, maxTokens: 100_000 },
    ),
    notifications: [],
    maxNotifications: 1000,
    dedupe: new BoundedMap(10_000),
    dedupeWindowMs: options.dedupeWindowMs ?? 60_000,
  };

  const server = createServer((request, response) => {
    void serve(request, response).catch(() => response.destroy());
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const recorded: RecordedRequest = {
      method: request.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: flattenHeaders(request),
      body: "",
      receivedAt: Date.now(),
    };
    requests.push(recorded);
    if (requests.length > maxRecorded) requests.shift();
    const operation = `${recorded.method} ${recorded.path}`;

    const route = routes.get(operation);
    if (!route) {
      if (await playFault(faults.take(operation), request, response)) return;
      const status = knownPaths.has(recorded.path) ? 405 : 404;
      send(response, status, { code: status, message: `no operation ${operation}`, data: null });
      return;
    }
    const [call, row] = route;
    // Credentials first, before a byte of the body is read.
    const viewer = identify(call, recorded.headers);
    if (typeof viewer === "string") {
      send(response, 200, fail(fakeCodes.unauthorized, viewer), { connection: "close" });
      return;
    }
    try {
      recorded.body = await readBody(request, maxRequestBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      send(
        response,
        413,
        { code: 413, message: `request body over ${maxRequestBytes} bytes`, data: null },
        {
          connection: "close",
        },
      );
      return;
    }
    if (await playFault(faults.take(operation), request, response)) return;
    const answer = await handle(call, row, recorded, viewer);
    send(response, 200, answer);
  }

  /** The acting user, or why the request is refused. */
  function identify(call: string, headers: Record<string, string>): bigint | string {
    const appId = headers.app_id;
    if (appId === undefined || appId === "") return "header.app_id is required";
    if (options.appId !== undefined && appId !== options.appId) return "unknown app_id or access-token";
    const token = headers["access-token"];
    const issuedTo = token === undefined ? undefined : state.directory.tokens.get(token);
    if (issuedTo !== undefined) return issuedTo;
    if (token === undefined || token === "") {
      return call.startsWith("token.") ? tokenUser : "header.access-token is required";
    }
    // Deliberately says nothing about the values received.
    if (options.accessToken !== undefined && token !== options.accessToken)
      return "unknown app_id or access-token";
    const actAs = headers.user_id;
    // A malformed user_id is reported with the other problems of the request.
    return actAs !== undefined && /^-?\d+$/.test(actAs) ? BigInt(actAs) : tokenUser;
  }

  async function handle(
    call: string,
    row: Row,
    recorded: RecordedRequest,
    viewer: bigint,
  ): Promise<FakeAnswer> {
    const { validators } = await loadOperation(call, `${row.method} ${row.path}` as RestOperation);
    const problems: string[] = [];
    for (const header of ["user_id", "group_id"] as const) {
      const text = recorded.headers[header];
      if (text === undefined) continue;
      const problem = /^-?\d+$/.test(text)
        ? checkValue(int64, exactInteger(text), `header.${header}`)
        : `header.${header} must be an int64`;
      if (problem) problems.push(problem);
    }
    const collect = (problem: string | undefined) => {
      if (problem) problems.push(problem);
    };
    let input: Record<string, unknown> = {};
    let text: string | undefined;
    const query = typedQuery(
      row.input === "json+query" ? validators.query : validators.input,
      recorded.query,
    );
    if (row.input === "query" || row.input === "none") {
      if (row.input === "none" && Object.keys(query).length > 0) {
        problems.push(`query.${Object.keys(query)[0]} is not a parameter of ${call}`);
      }
      collect(validators.input ? checkValue(validators.input, query, "query", true) : undefined);
      input = query;
    } else if (row.input === "text") {
      text = recorded.body;
    } else {
      if (recorded.body === "") return fail(fakeCodes.invalidRequest, "a JSON body is required");
      const parsed = parseBody(recorded.body);
      if (!parsed) return fail(fakeCodes.invalidRequest, "request body is not valid JSON");
      collect(validators.input ? checkValue(validators.input, parsed.value, "body", true) : undefined);
      input = parsed.value as Record<string, unknown>;
      if (row.input === "json+query") {
        collect(validators.query ? checkValue(validators.query, query, "query", true) : undefined);
      }
    }
    if (problems.length > 0) return fail(fakeCodes.invalidRequest, problems.join("; "));
    const handler = fakeHandlers[call];
    if (handler) return handler({ viewer, input, query, text, state });
    return derivedAnswer(row, validators.answer);
  }

  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    notifications: state.notifications,
    failNext: (operation, ...queued) => faults.add(operation, queued),
    async close() {
      faults.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Plays a queued fault; true when it answered (or cut) the request. A delay alone returns false:
 * the request is then handled normally, late.
 */
async function playFault(
  fault: FakeFault | undefined,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  if (!fault) return false;
  if (fault.delayMs) await sleep(fault.delayMs);
  if (fault.reset) {
    request.socket.destroy();
    return true;
  }
  if (fault.status !== undefined) {
    response.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
    response.end(
      fault.body ?? stringifyJson({ code: fault.status, message: "injected failure", data: null }),
    );
    return true;
  }
  if (fault.envelope) {
    send(response, 200, { data: null, ...fault.envelope }, fault.headers);
    return true;
  }
  return false;
}

/** A schema-valid answer for an operation the fake does not model; downloads get a few bytes. */
function derivedAnswer(row: Row, answer: Parameters<typeof sampleValue>[0] | undefined): FakeAnswer {
  if (row.answer === "binary") return { code: -1, message: null, data: "fake file content" };
  const data = answer ? sampleValue(answer) : {};
  return row.answer === "page" ? { ...ok(data), total: 1 } : ok(data);
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if ((body as FakeAnswer).code === -1) {
    response.writeHead(status, { "content-type": "application/octet-stream", ...headers });
    response.end(String((body as FakeAnswer).data));
    return;
  }
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(stringifyJson(body));
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}
