import { type RetryOptions, resolveRetryOptions } from "@chatwire/http-core";
import { defaultBaseUrl, defaultTimeoutMs, type YunhuClientOptions } from "./client-options.js";

/** Settings every call of one client shares, checked once at creation. */
export interface ClientContext {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch: typeof globalThis.fetch;
  readonly timeoutMs: number;
  readonly retry: RetryOptions | false;
}

/** A header value must be visible ASCII; anything else would make fetch throw with the value in the message. */
const headerSafe = /^[\x21-\x7e]+$/;

export function createClientContext(options: YunhuClientOptions): ClientContext {
  if (typeof options.token !== "string" || !headerSafe.test(options.token)) {
    // The message deliberately does not echo the value.
    throw new TypeError("token must be a non-empty string of visible ASCII characters");
  }
  const baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, "");
  // "localhost:8080" parses as a URL with scheme "localhost:", so the scheme is checked too.
  const protocol = URL.parse(baseUrl)?.protocol;
  if (protocol !== "http:" && protocol !== "https:") {
    throw new TypeError(`baseUrl is not a valid http(s) URL: ${baseUrl}`);
  }
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a finite number > 0, got ${timeoutMs}`);
  }
  const retry = options.retry ?? {};
  if (retry !== false) resolveRetryOptions(retry);
  const customFetch = options.fetch;
  return {
    baseUrl,
    token: options.token,
    // Looked up per call so that a global fetch replaced after creation (e.g. by an interceptor) is used.
    fetch: customFetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs,
    retry,
  };
}
