import { HttpFault } from "./http-fault.js";

/** Statuses that say "try again later" rather than "this request is wrong". */
const transientStatuses = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * True for failures that may well succeed when repeated: timeouts, network errors and
 * temporary HTTP statuses. Whether repeating is *safe* is the caller's decision.
 */
/** @deprecated Part of the attempt-level API that `createHttpCaller` replaces. */
export function isTransientFault(error: unknown): boolean {
  if (!(error instanceof HttpFault)) return false;
  switch (error.kind) {
    case "timeout":
    case "network":
      return true;
    case "http":
      return transientStatuses.has(error.status);
    default:
      return false;
  }
}
