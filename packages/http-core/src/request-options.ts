import type { RetryOptions } from "./retry-policy.js";

/** Per-call controls every client method accepts (a last, optional argument). */
export interface CallOptions {
  /** Cancels the call, including any wait between retries: it rejects with kind `aborted`. */
  signal?: AbortSignal;
  /** Limit of each attempt, end to end (connect, headers, body, decompression, parse, decode), in ms. */
  timeoutMs?: number;
  /** Limit of the whole call, retries and waits between them included, in ms. */
  totalTimeoutMs?: number;
  /** Largest answer accepted, in bytes after decompression. */
  maxResponseBytes?: number;
}

/** What `HttpCaller.call` accepts per call: the controls above plus a retry override. */
export interface HttpCallOptions extends CallOptions {
  retry?: RetryOptions | false;
}
