import type { RetryOptions } from "@chatwire/http-core";

export const defaultBaseUrl = "https://chat-go.jwzhd.com";
export const defaultTimeoutMs = 10_000;

export interface YunhuClientOptions {
  /** The user's Yunhu token, sent as the `token` header. Never included in error messages. */
  readonly token: string;
  /** Default `https://chat-go.jwzhd.com`. */
  readonly baseUrl?: string;
  /** The `fetch` to use (default: the global one); tests and proxies inject their own. */
  readonly fetch?: typeof globalThis.fetch;
  /** Time limit of each attempt in milliseconds. Default 10 000. */
  readonly timeoutMs?: number;
  /** Backoff for calls that are safe to repeat, or `false` for a single attempt. */
  readonly retry?: RetryOptions | false;
}
