import type { HttpCallOptions, HttpPolicyOptions } from "@chatwire/http-core";
import type { Int64 } from "./int64.js";

export interface RestClientOptions extends HttpPolicyOptions {
  /** The app's `api_endpoint`, e.g. `https://api.maximtop.com`; no `user:pass@`, query or fragment. */
  baseUrl: string;
  /** Sent as the `app_id` header on every call. */
  appId: string;
  /**
   * Sent as the `access-token` header. At least 8 visible ASCII characters; never sent to another
   * origin, never in an error or a hook event. Leave it out only to call the token operations.
   */
  accessToken?: string;
  /** Default `user_id` header, where an operation takes one: the user an admin token acts for. */
  userId?: Int64;
  /** Default `group_id` header, where an operation takes one: the group whose admin the token acts as. */
  groupId?: Int64;
  /** The `fetch` to use; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
}

/**
 * The last, optional argument of every method: limits for this call (`timeoutMs`,
 * `totalTimeoutMs`, `maxResponseBytes`, `retry`), cancellation (`signal`) and the act-as headers.
 */
export interface RestCallOptions extends HttpCallOptions {
  /** `user_id` header for this call, overriding the client's (only where the operation takes it). */
  userId?: Int64;
  /** `group_id` header for this call, overriding the client's (only where the operation takes it). */
  groupId?: Int64;
}
