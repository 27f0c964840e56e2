import { type ErrorKind, isChatwireError } from "@chatwire/errors";
import { ChatwireAdapterError } from "../conversion/adapter-errors.js";

/** The platform operation a `PlatformError` comes from. */
export type PlatformOperation = "send" | "history" | "recall" | "edit" | "event";

/**
 * Why a platform call failed, in the terms a relay or a bot acts on:
 * - `unsupported`: the platform cannot do this at all (e.g. edit on MaxIM);
 * - `invalid-message`: the message or an ID cannot be expressed for this platform (see `cause`);
 * - `rejected`: the system answered and refused;
 * - `unavailable`: no usable answer (timeout, network, 5xx, 429) — worth retrying;
 * - `invalid-response`: the answer could not be understood;
 * - `aborted`: the caller's signal fired;
 * - `internal`: a programming error (a client object without the method, a bug) — never retried.
 */
export type PlatformErrorReason =
  | "unsupported"
  | "invalid-message"
  | "rejected"
  | "unavailable"
  | "invalid-response"
  | "aborted"
  | "internal";

export interface PlatformErrorDetails {
  platform: string;
  operation: PlatformOperation;
  reason: PlatformErrorReason;
  cause?: unknown;
}

/** The shared kind for a reason; `rejected` and `unavailable` take the client's own kind when it has one. */
function kindOf(reason: PlatformErrorReason, cause: unknown): ErrorKind {
  switch (reason) {
    case "unsupported":
      return "unsupported";
    case "invalid-message":
    case "internal":
      return "invalid-request";
    case "invalid-response":
      return "invalid-response";
    case "aborted":
      return "aborted";
    case "rejected":
      return isChatwireError(cause) && (cause.kind === "http" || cause.kind === "redirect")
        ? cause.kind
        : "api";
    case "unavailable":
      return isChatwireError(cause) ? cause.kind : "network";
  }
}

/**
 * Every failure of a `ChatPlatform` method. The system's own error is kept as `cause`; its numeric
 * `code` and HTTP `status` are lifted onto this error.
 */
export class PlatformError extends ChatwireAdapterError {
  static override readonly brand: string = "PlatformError";
  override name = "PlatformError";
  readonly platform: string;
  /** The `ChatPlatform` method that failed; `operation` (inherited) is `"<platform> <method>"`. */
  readonly method: PlatformOperation;
  readonly reason: PlatformErrorReason;

  constructor(message: string, details: PlatformErrorDetails) {
    const cause = isChatwireError(details.cause) ? details.cause : undefined;
    super(`${details.platform} ${details.operation}: ${message}`, {
      kind: kindOf(details.reason, details.cause),
      operation: `${details.platform} ${details.operation}`,
      code: cause?.code,
      status: cause?.status,
      retryable: details.reason === "unavailable",
      cause: details.cause,
    });
    this.platform = details.platform;
    this.method = details.operation;
    this.reason = details.reason;
  }
}
