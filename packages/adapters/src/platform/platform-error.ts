import { ChatwireAdapterError } from "../conversion/adapter-errors.js";

/** The platform operation a `PlatformError` comes from. */
export type PlatformOperation = "send" | "history" | "recall" | "edit" | "event";

/**
 * - `unsupported`: the platform cannot do this at all (e.g. edit on MaxIM);
 * - `invalid-message`: the message cannot be expressed for this platform (see `cause`);
 * - `rejected`: the system answered and refused;
 * - `unavailable`: no usable answer (timeout, network, 5xx, 429) — worth retrying;
 * - `invalid-response`: the answer could not be understood;
 * - `aborted`: the caller's signal fired.
 */
export type PlatformErrorCode =
  | "unsupported"
  | "invalid-message"
  | "rejected"
  | "unavailable"
  | "invalid-response"
  | "aborted";

export interface PlatformErrorDetails {
  platform: string;
  operation: PlatformOperation;
  code: PlatformErrorCode;
  cause?: unknown;
}

/** Every failure of a `ChatPlatform` method. The system's own error is kept as `cause`. */
export class PlatformError extends ChatwireAdapterError {
  override name = "PlatformError";
  readonly platform: string;
  readonly operation: PlatformOperation;
  readonly code: PlatformErrorCode;

  constructor(message: string, details: PlatformErrorDetails) {
    super(`${details.platform} ${details.operation}: ${message}`, { cause: details.cause });
    this.platform = details.platform;
    this.operation = details.operation;
    this.code = details.code;
  }

  /** Whether trying again later may succeed. */
  get retryable(): boolean {
    return this.code === "unavailable";
  }
}
