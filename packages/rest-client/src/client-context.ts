import type { RetryOptions } from "@chatwire/http-core";
import { stringifyJson } from "@chatwire/http-core";
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./gen/maxim-message.js";
import type { Int64 } from "./int64.js";
import { findInexactInteger } from "./int64-guard.js";
import { fetchPlainRequest, PlainRequest } from "./plain-request.js";
import { defaultTimeoutMs, type RestCallOptions, type RestClientOptions } from "./rest-client-options.js";

/** What every operation of one client shares. */
export interface ClientContext {
  /** The public openapi-fetch client, built on standard `Request` objects. */
  readonly api: Client<paths>;
  /** The same requests for the convenience methods, without `Request` objects. */
  readonly transport: Client<paths>;
  readonly timeoutMs: number;
  readonly retry: RetryOptions | false | undefined;
  /** Values that must never appear in an error message. */
  readonly secrets: readonly string[];
  /** The `user_id` / `group_id` headers for one call: per-call values win over the client's. */
  actAsHeaders(options: RestCallOptions): Record<string, string>;
}

/** What a header value may hold here: visible ASCII, as credentials are. */
const headerSafe = /^[\x21-\x7e]+$/;

export function createClientContext(options: RestClientOptions): ClientContext {
  const { baseUrl, appId, accessToken } = options;
  if (typeof baseUrl !== "string" || !isHttpUrl(baseUrl)) {
    throw new TypeError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (typeof appId !== "string" || !headerSafe.test(appId)) {
    throw new TypeError("appId must be a non-empty string of visible ASCII characters");
  }
  if (typeof accessToken !== "string" || (accessToken !== "" && !headerSafe.test(accessToken))) {
    // Caught here because fetch would refuse the header with the value in its message; not echoed.
    throw new TypeError("accessToken must be a string of visible ASCII characters");
  }
  const problem = findInexactInteger({ userId: options.userId, groupId: options.groupId }, "options");
  if (problem) throw new RangeError(problem);

  const shared = {
    baseUrl,
    headers: { app_id: appId, "access-token": accessToken },
    // bigint IDs must reach the server as exact JSON numbers.
    bodySerializer: stringifyJson,
  };
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const api = createClient<paths>({ ...shared, fetch: fetchImpl });
  const transport = createClient<paths>({
    ...shared,
    Request: PlainRequest as unknown as typeof Request,
    fetch: fetchPlainRequest(fetchImpl),
  });

  return {
    api,
    transport,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    retry: options.retry,
    secrets: accessToken === "" ? [] : [accessToken],
    actAsHeaders(call) {
      const headers: Record<string, string> = {};
      const userId: Int64 | undefined = call.userId ?? options.userId;
      const groupId: Int64 | undefined = call.groupId ?? options.groupId;
      if (userId !== undefined) headers.user_id = String(userId);
      if (groupId !== undefined) headers.group_id = String(groupId);
      return headers;
    },
  };
}

/** "localhost:8080" parses as a URL with scheme "localhost:", so the scheme is checked too. */
function isHttpUrl(text: string): boolean {
  const protocol = URL.parse(text)?.protocol;
  return protocol === "http:" || protocol === "https:";
}
