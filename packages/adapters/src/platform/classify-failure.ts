import { isChatwireError } from "@chatwire/errors";
import { ChatwireAdapterError, InvalidSourceMessageError } from "../conversion/adapter-errors.js";
import type { PlatformErrorReason } from "./platform-error.js";

/**
 * Sorts what a client call threw into a platform reason. Chatwire clients report a shared `kind`
 * and an HTTP `status`; anything else (a `TypeError` from a client object without the method, a
 * bug) is `internal`, so a relay does not retry it.
 */
export function classifyFailure(error: unknown, signal?: AbortSignal): PlatformErrorReason {
  if (signal?.aborted) return "aborted";
  // A stored message the converter cannot read is a bad answer; anything else it refuses is a bad request.
  if (error instanceof InvalidSourceMessageError) return "invalid-response";
  if (error instanceof ChatwireAdapterError) return "invalid-message";
  if (!isChatwireError(error)) return "internal";
  switch (error.kind) {
    case "timeout":
    case "network":
      return "unavailable";
    case "aborted":
      return "aborted";
    case "too-large":
    case "invalid-response":
      return "invalid-response";
    case "invalid-request":
      return "invalid-message";
    case "unsupported":
      return "unsupported";
    case "http":
    case "api":
      return error.retryable ? "unavailable" : "rejected";
    default:
      return "rejected";
  }
}
