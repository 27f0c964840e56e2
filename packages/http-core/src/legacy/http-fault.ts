/** Where below the API layer a call went wrong. */
export type FaultKind =
  /** An attempt ran out of time. */
  | "timeout"
  /** The caller cancelled through its `AbortSignal`. */
  | "aborted"
  /** No HTTP answer: refused or reset connection, DNS failure, body stream cut off. */
  | "network"
  /** The server answered with a non-2xx status. */
  | "http"
  /** The server answered 2xx but the body could not be understood. */
  | "body";

/** What an `HttpFault` is constructed from. */
export interface HttpFaultDetails {
  /** HTTP status of the answer; 0 or omitted when there was none. */
  status?: number;
  /** How long the server asked the client to wait (parsed `Retry-After`). */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * A transport-level failure, for clients to wrap in their own typed error.
 *
 * @deprecated The caller from `createHttpCaller` rejects with the client's own `ChatwireError`
 * subclass directly; this class stays while older callers move over.
 */
export class HttpFault extends Error {
  override readonly name = "HttpFault";
  readonly kind: FaultKind;
  /** HTTP status, 0 when no answer was received. */
  readonly status: number;
  readonly retryAfterMs?: number;

  constructor(kind: FaultKind, message: string, details: HttpFaultDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status ?? 0;
    this.retryAfterMs = details.retryAfterMs;
  }
}
