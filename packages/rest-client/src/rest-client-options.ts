import type { CallOptions, RetryOptions } from "@chatwire/http-core";
import type { Int64 } from "./int64.js";

export interface RestClientOptions {
  /** The app's `api_endpoint`, e.g. `https://api.maximtop.com`. */
  baseUrl: string;
  /** Sent as the `app_id` header. */
  appId: string;
  /** Sent as the `access-token` header; never appears in error messages. */
  accessToken: string;
  /** Default `user_id` header: the user an admin token acts for. */
  userId?: Int64;
  /** Default `group_id` header: the group whose admin the token acts as. */
  groupId?: Int64;
  /** The `fetch` to use; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /** Time limit of each attempt in milliseconds. Default 10000. */
  timeoutMs?: number;
  /** Retry policy for calls that are safe to repeat, or false to never retry. */
  retry?: RetryOptions | false;
}

/** The last, optional argument of every method. */
export interface RestCallOptions extends CallOptions {
  /** `user_id` header for this call only ("act as"). */
  userId?: Int64;
  /** `group_id` header for this call only. */
  groupId?: Int64;
  /** Retry policy for this call only. */
  retry?: RetryOptions | false;
}

export const defaultTimeoutMs = 10_000;
