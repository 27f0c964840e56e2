import { HttpFault, redactSecrets } from "@chatwire/http-core";
import { YunhuApiError } from "./yunhu-api-error.js";

/** Wraps whatever a call threw into a YunhuApiError for `endpoint`, with the token scrubbed. */
export function toYunhuApiError(error: unknown, endpoint: string, token: string): YunhuApiError {
  if (error instanceof YunhuApiError) return error;
  if (error instanceof HttpFault) {
    return new YunhuApiError(redactSecrets(`${endpoint}: ${error.message}`, [token]), {
      kind: error.kind,
      endpoint,
      status: error.status,
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
      cause: error,
    });
  }
  // Anything else was raised before a request went out (e.g. an invalid per-call timeout).
  const detail = error instanceof Error ? error.message : String(error);
  return new YunhuApiError(redactSecrets(`${endpoint}: request not sent: ${detail}`, [token]), {
    kind: "request",
    endpoint,
    cause: error,
  });
}
