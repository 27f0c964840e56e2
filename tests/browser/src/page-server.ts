// Serves one page and its script bundle from memory, so the page has a real http:// origin:
// fetch, CORS and URL handling behave as on a site, not as on file: or about:blank.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A running page server. */
export interface PageServer {
  /** Origin of the page, `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** URL of the page that loads the bundle. */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1 serving `bundle` as /page.js under an empty page. */
export async function startPageServer(bundle: string): Promise<PageServer> {
  const html =
    '<!doctype html><meta charset="utf-8"><title>chatwire</title><script type="module" src="/page.js"></script>';
  const server = createServer((request, response) => {
    if (request.url === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(html);
    } else if (request.url === "/page.js") {
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      response.end(bundle);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
