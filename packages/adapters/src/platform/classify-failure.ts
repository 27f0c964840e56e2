import { ChatwireAdapterError, InvalidSourceMessageError } from "../conversion/adapter-errors.js";
import type { PlatformErrorCode } from "./platform-error.js";

interface TransportLikeError {
  kind: string;
  status: number;
}

function isTransportLike(error: unknown): error is TransportLikeError {
  return (
    error instanceof Error &&
    typeof (error as Partial<TransportLikeError>).kind === "string" &&
    typeof (error as Partial<TransportLikeError>).status === "number"
  );
}

/**
 * Sorts a client error into a platform error code. Both HTTP clients report a `kind` (`timeout`,
 * `aborted`, `network`, `http`, `body`, or their own refusal kinds) and an HTTP `status`.
 */
export function classifyFailure(error: unknown): PlatformErrorCode {
  // A stored message the converter cannot read is a bad answer; anything else it refuses is a bad request.
  if (error instanceof InvalidSourceMessageError) return "invalid-response";
  if (error instanceof ChatwireAdapterError) return "invalid-message";
  if (!isTransportLike(error)) return "unavailable";
  switch (error.kind) {
    case "timeout":
    case "network":
      return "unavailable";
    case "aborted":
      return "aborted";
    case "body":
    case "invalid-response":
      return "invalid-response";
    case "http":
      return error.status >= 500 || error.status === 429 || error.status === 408 ? "unavailable" : "rejected";
    default:
      return "rejected";
  }
}
