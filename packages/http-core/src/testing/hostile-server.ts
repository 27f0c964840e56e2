import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What a hostile server saw of one request. */
export interface SeenRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

/** A local HTTP server for tests, answering each request with a handler that may misbehave. */
export interface HostileServer {
  /** `http://127.0.0.1:<port>`; every server has its own port, so its own origin. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly SeenRequest[];
  /** Stops listening and cuts open connections. */
  close(): Promise<void>;
}

/** Answers one request of a `HostileServer`; may stall, trickle, redirect or break the connection. */
export type HostileHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * A real HTTP server on 127.0.0.1 that answers however `handler` says: the way to test a client
 * against redirects, endless or compressed bodies, slow answers and echoed secrets over a real
 * socket. A handler that throws gets its connection cut.
 */
export async function startHostileServer(handler: HostileHandler): Promise<HostileServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers });
    Promise.resolve()
      .then(() => handler(request, response))
      .catch(() => request.socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
