import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseJson, stringifyJson } from "@chatwire/http-core";
import { protobufEndpoints } from "../gen/endpoints.js";
import { Msg } from "../gen/v1/msg.js";
import { jsonEndpoints } from "../json-endpoints.js";
import { protobufMediaType } from "../protobuf-media-type.js";
import type { MessageCodec, ProtobufMethodName } from "../protobuf-method-types.js";
import {
  type FakeButtonReport,
  type FakeChat,
  FakeChatStore,
  type FakeDownloadRecord,
  type FakeYunhuUser,
} from "./fake-chat-store.js";
import { type FakeFault, FaultPlan } from "./fake-faults.js";
import { fakeJsonRoutes } from "./fake-json-routes.js";
import { fakeProtobufRoutes } from "./fake-protobuf-routes.js";
import { FakeRefusal, fakeStatusCode } from "./fake-refusal.js";
import { BoundedLog, type FakeStoreLimits, resolveFakeStoreLimits } from "./fake-store-limits.js";

/** Options of `startFakeYunhuServer`. */
export interface FakeYunhuServerOptions {
  /** Who may call, by token. Default: one user, `defaultFakeUser`. */
  readonly users?: readonly FakeYunhuUser[];
  /** Clock for send, edit and recall times (unix ms). Default `Date.now`. */
  readonly now?: () => number;
  /** Port on 127.0.0.1; default 0 (any free port). */
  readonly port?: number;
  /** Largest request body accepted; a larger one gets HTTP 413 without being read. Default 1 MiB. */
  readonly maxRequestBytes?: number;
  /** Bounds on what the fake keeps in memory (see `FakeStoreLimits`). */
  readonly limits?: FakeStoreLimits;
}

/** A request the fake received: method and path. */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
}

/** A running fake Yunhu server. */
export interface FakeYunhuServer {
  /** Base URL to hand to `createYunhuClient({ baseUrl })`, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly users: readonly FakeYunhuUser[];
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
  /** A copy of every message of a chat, oldest first, as stored (direction left empty). */
  messages(chat: FakeChat): Msg[];
  readonly buttonReports: readonly FakeButtonReport[];
  readonly downloadRecords: readonly FakeDownloadRecord[];
  /** Requests received, in order (method and path only); the latest `limits.maxLogEntries`. */
  readonly requests: readonly FakeRequest[];
  /** Makes upcoming requests (to `path`, or any) misbehave `times` times (default once). */
  injectFault(fault: FakeFault, options?: { path?: string; times?: number }): void;
}

/** The one user a fake knows when given none. */
export const defaultFakeUser: FakeYunhuUser = Object.freeze({
  token: "fake-token",
  id: "10001",
  name: "Fake User",
});

const defaultMaxRequestBytes = 1 << 20;

const protobufRoutes = new Map(
  Object.entries(protobufEndpoints).map(([name, endpoint]) => [
    endpoint.path as string,
    { name: name as ProtobufMethodName, endpoint: endpoint as unknown as GenericEndpoint },
  ]),
);
const jsonRoutes = new Map(
  Object.entries(jsonEndpoints).map(([name, endpoint]) => [
    endpoint.path as string,
    name as keyof typeof jsonEndpoints,
  ]),
);

interface GenericEndpoint {
  readonly rpc: string;
  readonly request: MessageCodec<unknown>;
  readonly response: MessageCodec<unknown>;
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts an in-memory Yunhu server on 127.0.0.1 that speaks the real wire format: protobuf
 * request and response bodies on the protobuf endpoints, JSON on the two JSON ones, the `token`
 * header for authentication, and a non-1 Status (or JSON code) for requests it refuses.
 */
export async function startFakeYunhuServer(options: FakeYunhuServerOptions = {}): Promise<FakeYunhuServer> {
  const users = options.users ?? [defaultFakeUser];
  const limits = resolveFakeStoreLimits(options.limits);
  const maxRequestBytes = options.maxRequestBytes ?? defaultMaxRequestBytes;
  const store = new FakeChatStore(options.now ?? Date.now, limits);
  const faults = new FaultPlan();
  const requests = new BoundedLog<FakeRequest>(limits.maxLogEntries);
  let statusNumber = 0;

  const authenticate = (request: IncomingMessage): FakeYunhuUser => {
    const token = request.headers.token;
    const user = typeof token === "string" ? users.find((u) => u.token === token) : undefined;
    if (!user) throw new FakeRefusal(fakeStatusCode.unauthorized, "missing or unknown token");
    return user;
  };

  const status = (code: number, msg: string) => ({ number: ++statusNumber, code, msg });

  /** A refusal in the endpoint's own format: a Status for protobuf, `{code, msg}` for JSON. */
  const refusalBody = (refusal: FakeRefusal, endpoint: GenericEndpoint | undefined): Uint8Array | string =>
    endpoint
      ? endpoint.response
          .encode(endpoint.response.fromPartial({ status: status(refusal.code, refusal.message) } as never))
          .finish()
      : stringifyJson({ code: refusal.code, msg: refusal.message });

  const answerProtobuf = (
    user: FakeYunhuUser,
    request: IncomingMessage,
    body: Uint8Array,
    name: ProtobufMethodName,
    endpoint: GenericEndpoint,
  ) => {
    let answer: Record<string, unknown>;
    try {
      const contentType = request.headers["content-type"] ?? "";
      if (!contentType.startsWith(protobufMediaType)) {
        throw new FakeRefusal(fakeStatusCode.invalidRequest, `content-type must be ${protobufMediaType}`);
      }
      let decoded: unknown;
      try {
        decoded = endpoint.request.decode(body);
      } catch (error) {
        throw new FakeRefusal(
          fakeStatusCode.invalidRequest,
          `body is not a valid ${endpoint.rpc} request: ${(error as Error).message}`,
        );
      }
      const handler = fakeProtobufRoutes[name] as (
        store: FakeChatStore,
        user: FakeYunhuUser,
        request: unknown,
      ) => object;
      answer = { ...handler(store, user, decoded), status: status(fakeStatusCode.ok, "success") };
    } catch (error) {
      if (!(error instanceof FakeRefusal)) throw error;
      answer = { status: status(error.code, error.message) };
    }
    return endpoint.response.encode(endpoint.response.fromPartial(answer as never)).finish();
  };

  const answerJson = (user: FakeYunhuUser, body: Uint8Array, name: keyof typeof jsonEndpoints): string => {
    try {
      let parsed: unknown;
      try {
        parsed = parseJson(new TextDecoder("utf-8", { fatal: true }).decode(body));
      } catch {
        throw new FakeRefusal(fakeStatusCode.invalidRequest, "body is not valid JSON");
      }
      return stringifyJson({
        code: fakeStatusCode.ok,
        msg: "success",
        ...fakeJsonRoutes[name](store, user, parsed),
      });
    } catch (error) {
      if (!(error instanceof FakeRefusal)) throw error;
      return stringifyJson({ code: error.code, msg: error.message });
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? "/", "http://fake.invalid").pathname;
    requests.add({ method: request.method ?? "", path });
    const fault = faults.take(path);
    if (fault?.kind === "drop") {
      request.socket.destroy();
      return;
    }
    if (fault?.kind === "status") {
      response.writeHead(
        fault.status,
        fault.retryAfter === undefined ? {} : { "retry-after": fault.retryAfter },
      );
      response.end();
      return;
    }
    if (fault?.kind === "reply") {
      response.writeHead(200, { "content-type": fault.contentType ?? protobufMediaType });
      response.end(fault.body);
      return;
    }
    if (fault?.kind === "delay") await sleep(fault.ms);

    const protobufRoute = protobufRoutes.get(path);
    const jsonRoute = jsonRoutes.get(path);
    if (!protobufRoute && !jsonRoute) {
      response.writeHead(404).end();
      return;
    }
    if (request.method !== "POST") {
      response.writeHead(405, { allow: "POST" }).end();
      return;
    }
    if (protobufRoute && !fakeProtobufRoutes[protobufRoute.name]) {
      response.writeHead(501).end();
      return;
    }
    // Credentials first, from the headers alone: a stranger's body is never read.
    let user: FakeYunhuUser;
    try {
      user = authenticate(request);
    } catch (error) {
      if (!(error instanceof FakeRefusal)) throw error;
      const [contentType, payload] = protobufRoute
        ? [protobufMediaType, refusalBody(error, protobufRoute.endpoint)]
        : ["application/json; charset=utf-8", refusalBody(error, undefined)];
      response.writeHead(200, { "content-type": contentType, connection: "close" }).end(payload);
      return;
    }
    let body: Uint8Array;
    try {
      body = await readBody(request, maxRequestBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      response.writeHead(413, { connection: "close" }).end();
      return;
    }
    const [contentType, payload] = protobufRoute
      ? [protobufMediaType, answerProtobuf(user, request, body, protobufRoute.name, protobufRoute.endpoint)]
      : ["application/json; charset=utf-8", answerJson(user, body, jsonRoute!)];
    if (fault?.kind === "lose-answer") {
      request.socket.destroy();
      return;
    }
    response.writeHead(200, { "content-type": contentType });
    response.end(payload);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    users,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    messages: (chat) => store.messages(chat).map((m) => Msg.fromPartial(m)),
    get buttonReports() {
      return store.buttonReports.entries;
    },
    get downloadRecords() {
      return store.downloadRecords.entries;
    },
    get requests() {
      return requests.entries;
    },
    injectFault: (fault, where = {}) => faults.add(fault, where),
  };
}
