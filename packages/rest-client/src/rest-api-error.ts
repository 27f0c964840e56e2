import type { FaultKind } from "@chatwire/http-core";

/**
 * What failed: a transport fault from `@chatwire/http-core`, `"business"` (the envelope's `code` was
 * not 200) or `"request"` (the client refused to send input it cannot send exactly).
 */
export type RestErrorKind = FaultKind | "business" | "request";

/** Operation as method and path, e.g. `"POST /message/send"`. */
export type RestOperation =
  | "POST /message/send"
  | "POST /message/notify"
  | "POST /message/recall"
  | "GET /message/conversation"
  | "DELETE /message/conversation"
  | "GET /message/ack"
  | "GET /message/unread";

export interface RestApiErrorDetails {
  kind: RestErrorKind;
  operation: RestOperation;
  status?: number;
  code?: number;
  retryAfterMs?: number;
  cause?: unknown;
}

/** Every failure of a `RestClient` call. The message never contains the access token. */
export class RestApiError extends Error {
  override readonly name = "RestApiError";
  readonly kind: RestErrorKind;
  /** HTTP status of the answer; 0 when none was received. */
  readonly status: number;
  /** The envelope's `code`, when the server sent an envelope. */
  readonly code: number | undefined;
  readonly operation: RestOperation;
  /** How long the server asked to wait before trying again, if it said. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: RestApiErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.status = details.status ?? 0;
    this.code = details.code;
    this.operation = details.operation;
    this.retryAfterMs = details.retryAfterMs;
  }
}
