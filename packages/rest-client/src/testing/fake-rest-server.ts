import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { stringifyJson } from "@chatwire/http-core";
import type { Int64 } from "../int64.js";
import { type FakeFault, FaultPlan } from "./fake-faults.js";
import { type FakeHandlers, handleOperation, type NotificationRecord } from "./fake-operations.js";
import { MessageStore } from "./message-store.js";
import { compileRequestValidators } from "./request-validator.js";

export interface FakeRestServerOptions {
  /** When set, requests must carry this `app_id` (code 401 otherwise). */
  appId?: string;
  /** When set, requests must carry this `access-token` (code 401 otherwise). */
  accessToken?: string;
  /** The user the token belongs to: acts and sends when no `user_id` header or `from_user_id` says otherwise. */
  userId?: Int64;
  /** ID of the first stored message; later ones count up. Set it past 2^53 to exercise bigint IDs. */
  firstMessageId?: Int64;
  /** How long a `transaction_id` is remembered for deduplication. Default 60000 ms. */
  dedupeWindowMs?: number;
}

/** One request as received, for assertions. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The body exactly as it arrived. */
  body: string;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
}

export interface FakeRestServer {
  /** Base URL to give `createRestClient`, e.g. `http://127.0.0.1:53211`. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** System notifications accepted by /message/notify. */
  readonly notifications: readonly NotificationRecord[];
  /** Queues faults for the next requests of one operation ("POST /message/send") or any ("*"). */
  failNext(operation: string, ...faults: FakeFault[]): void;
  close(): Promise<void>;
}

export const defaultFakeUserId = 1_000_000_000_001n;
export const defaultFirstMessageId = 1_700_000_000_000_001n;

/**
 * Starts an in-memory MaxIM message API on 127.0.0.1 (random port). Requests are checked against
 * the OpenAPI document; violations get the vendor's envelope with code 400 (401 for credentials).
 */
export async function startFakeRestServer(options: FakeRestServerOptions = {}): Promise<FakeRestServer> {
  const validators = compileRequestValidators();
  const faults = new FaultPlan();
  const requests: RecordedRequest[] = [];
  const handlers: FakeHandlers = {
    store: new MessageStore(BigInt(options.firstMessageId ?? defaultFirstMessageId)),
    tokenUserId: BigInt(options.userId ?? defaultFakeUserId),
    notifications: [],
    dedupe: new Map(),
    dedupeWindowMs: options.dedupeWindowMs ?? 60_000,
  };

  const server = createServer((request, response) => {
    void serve(request, response).catch(() => response.destroy());
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const body = await readBody(request);
    const recorded: RecordedRequest = {
      method: request.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: flattenHeaders(request),
      body,
      receivedAt,
    };
    requests.push(recorded);
    const operation = `${recorded.method} ${recorded.path}`;

    const fault = faults.take(operation);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.reset) {
      request.socket.destroy();
      return;
    }
    if (fault?.status !== undefined) {
      response.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
      response.end(
        fault.body ?? stringifyJson({ code: fault.status, message: "injected failure", data: null }),
      );
      return;
    }
    if (fault?.envelope) {
      send(response, 200, { data: null, ...fault.envelope }, fault.headers);
      return;
    }

    const validator = validators.get(operation);
    if (!validator) {
      const pathKnown = [...validators.keys()].some((key) => key.endsWith(` ${recorded.path}`));
      const status = pathKnown ? 405 : 404;
      send(response, status, { code: status, message: `no operation ${operation}`, data: null });
      return;
    }
    const answer = handleOperation(validator, recorded, handlers, options);
    send(response, 200, answer);
  }

  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    notifications: handlers.notifications,
    failNext: (operation, ...queued) => faults.add(operation, queued),
    async close() {
      faults.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(
  response: ServerResponse,
  status: number,
  envelope: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(stringifyJson(envelope));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}
