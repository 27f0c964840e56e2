import {
  faultFromError,
  faultFromResponse,
  HttpFault,
  isTransientFault,
  sendWithPolicy,
} from "@chatwire/http-core";
import type { ClientContext } from "./client-context.js";
import { readEnvelope, successCode, tryReadEnvelope } from "./envelope.js";
import { findInexactInteger } from "./int64-guard.js";
import type { RestOperation } from "./rest-api-error.js";
import type { RestCallOptions } from "./rest-client-options.js";
import { AnsweredFault, BusinessFailure, toRestApiError } from "./to-rest-api-error.js";

/** What openapi-fetch resolves with when asked for the body as text. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface PreparedCall {
  /** Whether a repeat cannot do anything twice (reads, deletes, deduplicated sends). */
  repeatable: boolean;
  /** Everything the caller passed, checked for integers that would not arrive exactly. */
  input: unknown;
  /** Makes one request; called again, from scratch, for every attempt. */
  send(signal: AbortSignal, headers: Record<string, string>): Promise<RawResult>;
}

/**
 * Runs one API call: prepares and checks the input, applies timeout and retry policy, unwraps the
 * envelope. Whatever goes wrong, including in `prepare`, rejects with a `RestApiError`.
 */
export async function runOperation<Data>(
  context: ClientContext,
  operation: RestOperation,
  options: RestCallOptions,
  prepare: () => PreparedCall,
): Promise<Data> {
  try {
    const call = prepare();
    const headers = context.actAsHeaders(options);
    const problem =
      findInexactInteger(call.input, "") ??
      findInexactInteger({ userId: options.userId, groupId: options.groupId }, "options");
    if (problem) throw new RangeError(problem);
    return await sendWithPolicy(async (signal) => unwrap<Data>(await sendOnce(call, signal, headers)), {
      timeoutMs: options.timeoutMs ?? context.timeoutMs,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      // A call that must not repeat skips the retry machinery altogether.
      retry: call.repeatable ? (options.retry ?? context.retry) : false,
      retryable: isTransientFault,
    });
  } catch (error) {
    throw toRestApiError(error, operation, context.secrets);
  }
}

async function sendOnce(call: PreparedCall, signal: AbortSignal, headers: Record<string, string>) {
  try {
    return await call.send(signal, headers);
  } catch (error) {
    throw faultFromError(error, signal);
  }
}

function unwrap<Data>({ data, error, response }: RawResult): Data {
  if (!response.ok) throw new AnsweredFault(faultFromResponse(response), tryReadEnvelope(error));
  const envelope = readEnvelope(typeof data === "string" ? data : undefined, response.status);
  if (envelope.code !== successCode) throw new BusinessFailure(envelope, response.status);
  if (envelope.data === undefined || envelope.data === null) {
    throw new HttpFault("body", "envelope reports success but carries no data", { status: response.status });
  }
  return envelope.data as Data;
}
