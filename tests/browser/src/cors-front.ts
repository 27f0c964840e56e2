// A CORS front for a fake server that only speaks to Node: it forwards every request to the fake
// and lets one page origin read the answers, preflights included, the way an API meant for
// browsers answers them. Only the page's origin is allowed, so a wrong origin fails in the test.
import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

/** A running CORS front. */
export interface CorsFront {
  /** Origin of the front, `http://127.0.0.1:<port>`: the base URL the page gives its client. */
  readonly url: string;
  /** How many preflight (OPTIONS) requests it answered. */
  readonly preflights: number;
  close(): Promise<void>;
}

/** Starts a front on a free port of 127.0.0.1 that forwards to `target` for `pageOrigin`. */
export async function startCorsFront(target: string, pageOrigin: string): Promise<CorsFront> {
  const upstream = new URL(target);
  let preflights = 0;
  const server = createServer((request, response) => {
    const origin = request.headers.origin;
    const allowed = origin === pageOrigin;
    if (request.method === "OPTIONS") {
      preflights++;
      response.writeHead(allowed ? 204 : 403, {
        ...(allowed && {
          "access-control-allow-origin": pageOrigin,
          "access-control-allow-methods": request.headers["access-control-request-method"] ?? "GET",
          "access-control-allow-headers": request.headers["access-control-request-headers"] ?? "",
          "access-control-max-age": "0",
          vary: "origin",
        }),
      });
      response.end();
      return;
    }
    const outgoing = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: upstream.host },
      },
      (answer) => {
        const headers = { ...answer.headers };
        if (allowed) {
          headers["access-control-allow-origin"] = pageOrigin;
          headers["access-control-expose-headers"] = "*";
          headers.vary = "origin";
        }
        response.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(response);
      },
    );
    outgoing.on("error", () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(outgoing);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get preflights() {
      return preflights;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
