import type { FaultKind } from "@chatwire/http-core";

/**
 * What went wrong:
 * - `api`: Yunhu answered and refused (`Status.code` or the JSON `code` is not 1);
 * - `request`: the request could not be encoded (a wrong type, an int64 beyond 2^53) and was not sent;
 * - `timeout`, `aborted`, `network`, `http`: transport failures (see `@chatwire/http-core`);
 * - `body`: a 2xx answer whose body could not be decoded.
 */
export type YunhuErrorKind = "api" | "request" | FaultKind;

export interface YunhuApiErrorDetails {
  readonly kind: YunhuErrorKind;
  /** The endpoint path, e.g. `/v1/msg/send-message`. */
  readonly endpoint: string;
  /** HTTP status of the answer, 0 when there was none. */
  readonly status?: number;
  /** `Status.code` of a protobuf answer or `code` of a JSON one, when the answer carried one. */
  readonly code?: number;
  /** `Status.msg` / JSON `msg` as the server wrote it (already free of the token). */
  readonly serverMessage?: string;
  /** How long the server asked to wait before trying again, from `Retry-After`. */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

/** The one error every Yunhu client call rejects with. Messages never contain the token. */
export class YunhuApiError extends Error {
  override readonly name = "YunhuApiError";
  readonly kind: YunhuErrorKind;
  readonly endpoint: string;
  readonly status: number;
  readonly code: number | undefined;
  readonly serverMessage: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: YunhuApiErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.endpoint = details.endpoint;
    this.status = details.status ?? 0;
    this.code = details.code;
    this.serverMessage = details.serverMessage;
    this.retryAfterMs = details.retryAfterMs;
  }
}
