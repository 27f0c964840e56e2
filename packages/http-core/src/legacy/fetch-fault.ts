import { parseRetryAfter } from "../retry-after.js";
import { HttpFault } from "./http-fault.js";

/**
 * Classifies what a `fetch` (or reading its body) threw. `signal` is the signal the request ran
 * under: once it has fired, the failure is a timeout or a cancellation whatever the thrown error says.
 */
/** @deprecated Part of the attempt-level API that `createHttpCaller` replaces. */
export function faultFromError(error: unknown, signal: AbortSignal): HttpFault {
  if (error instanceof HttpFault) return error;
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    if (reason instanceof Error && reason.name === "TimeoutError") {
      return new HttpFault("timeout", reason.message || "request timed out", { cause: reason });
    }
    return new HttpFault("aborted", "request aborted by the caller", { cause: reason });
  }
  return new HttpFault("network", `network failure (${describeNetworkError(error)})`, { cause: error });
}

/** Turns a non-2xx response into a fault carrying its status and any `Retry-After`. */
/** @deprecated Part of the attempt-level API that `createHttpCaller` replaces. */
export function faultFromResponse(response: Response): HttpFault {
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
  const text = `HTTP ${response.status} ${response.statusText}`.trim();
  return new HttpFault("http", text, {
    status: response.status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** undici reports "fetch failed" and hides the useful part (ECONNRESET, ...) in `cause`. */
function describeNetworkError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    parts.push(typeof code === "string" ? code : current.message);
    current = current.cause;
  }
  return parts.length > 0 ? parts.join(": ") : String(error);
}
