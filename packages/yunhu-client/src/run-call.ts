import { type CallOptions, sendWithPolicy } from "@chatwire/http-core";
import type { ClientContext } from "./client-context.js";
import { retryableFor } from "./retry-safety.js";
import { toYunhuApiError } from "./to-yunhu-api-error.js";

/**
 * Runs the transport part of one call under the client's policy (per-attempt timeout combined
 * with the caller's signal, retries only where safe) and turns any failure into a YunhuApiError.
 */
export async function runCall<T>(
  context: ClientContext,
  endpoint: { readonly path: string; readonly idempotent: boolean },
  options: CallOptions | undefined,
  attempt: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  try {
    return await sendWithPolicy(attempt, {
      timeoutMs: options?.timeoutMs ?? context.timeoutMs,
      ...(options?.signal === undefined ? {} : { signal: options.signal }),
      retry: context.retry,
      retryable: retryableFor(endpoint.idempotent),
    });
  } catch (error) {
    throw toYunhuApiError(error, endpoint.path, context.token);
  }
}
