import { HttpFault, redactSecrets } from "@chatwire/http-core";
import type { Envelope } from "./envelope.js";
import { RestApiError, type RestOperation } from "./rest-api-error.js";

/** A 2xx answer whose envelope carried a code other than 200. */
export class BusinessFailure extends Error {
  constructor(
    readonly envelope: Envelope,
    readonly status: number,
  ) {
    super(`server answered code ${envelope.code}${describeServerMessage(envelope)}`);
  }
}

/** A non-2xx answer; keeps the envelope when the body had one. */
export class AnsweredFault extends HttpFault {
  constructor(
    fault: HttpFault,
    readonly envelope: Envelope | undefined,
  ) {
    super(
      fault.kind,
      `${fault.message}${envelope ? `, code ${envelope.code}${describeServerMessage(envelope)}` : ""}`,
      {
        status: fault.status,
        ...(fault.retryAfterMs === undefined ? {} : { retryAfterMs: fault.retryAfterMs }),
      },
    );
  }
}

function describeServerMessage(envelope: Envelope): string {
  return typeof envelope.message === "string" && envelope.message !== "" ? `: ${envelope.message}` : "";
}

/** Turns whatever a call threw into a `RestApiError` whose message is free of secrets. */
export function toRestApiError(
  error: unknown,
  operation: RestOperation,
  secrets: readonly string[],
): RestApiError {
  if (error instanceof RestApiError) return error;
  const say = (text: string) => redactSecrets(`${operation}: ${text}`, secrets);
  if (error instanceof BusinessFailure) {
    return new RestApiError(say(error.message), {
      kind: "business",
      operation,
      status: error.status,
      code: error.envelope.code,
    });
  }
  if (error instanceof HttpFault) {
    return new RestApiError(say(error.message), {
      kind: error.kind,
      operation,
      status: error.status,
      ...(error instanceof AnsweredFault && error.envelope ? { code: error.envelope.code } : {}),
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
      // Only transport causes (socket errors, abort reasons) are kept: they hold no server text.
      // A body fault's cause is a parser error quoting the answer, so it is left out.
      ...(error.cause === undefined || error.kind === "body" ? {} : { cause: error.cause }),
    });
  }
  // Everything else was raised before anything was sent: bad input or options.
  const text = error instanceof Error ? error.message : String(error);
  return new RestApiError(say(text), { kind: "request", operation, cause: error });
}
