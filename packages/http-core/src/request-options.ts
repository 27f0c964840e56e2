/** Per-call controls every client method accepts. */
export interface CallOptions {
  /** Cancels the call, including any wait between retries. */
  signal?: AbortSignal;
  /** Time limit of each attempt (connect, headers and body), in milliseconds. */
  timeoutMs?: number;
}
