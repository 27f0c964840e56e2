import { type ChatwireError, isChatwireError, redactSecrets } from "@chatwire/errors";
import type { HttpRequest } from "./create-http-caller.js";
import { type DeadlineScope, openDeadlineScope, raceSignal } from "./deadline-scope.js";
import type { ErrorShaper } from "./error-shaper.js";
import { HookFailure, redactedHeaders, runHook } from "./hooks.js";
import { createHttpAnswer, type HttpAnswer } from "./http-answer.js";
import { loadLosslessParseFor } from "./json/load-lossless-parse.js";
import { BodyTooLarge, discardBody, readBoundedBody } from "./read-bounded-body.js";
import { decideRedirect, redirectStatuses } from "./redirect-rule.js";
import { parseRetryAfter } from "./retry-after.js";
import type { CallContext } from "./send-call.js";
import { abortFailure, bodyFailure, markNotDelivered, sendFailure } from "./transport-failure.js";

/** Largest body of a refused answer that is read for its code and message. */
const maxFailureBodyBytes = 64 * 1024;

/**
 * One attempt of a call, under its own deadline (and the call's): send, follow same-origin
 * redirects where allowed, read the body within budget, run `read`. Rejects only with the
 * client's typed error.
 */
export async function runAttempt<T>(
  context: CallContext,
  request: HttpRequest<T>,
  attempt: number,
): Promise<T> {
  const scope = openDeadlineScope(
    { scope: context.scope },
    { scope: "attempt", ms: context.limits.timeoutMs },
  );
  const { shape } = context;
  const checkDeadline = () => {
    try {
      scope.check();
    } catch {
      throw abortFailure(scope.signal, shape) ?? shape.fail("timeout", "the attempt ran out of time");
    }
  };
  try {
    const response = await sendFollowingRedirects(context, request, attempt, scope);
    const status = response.status;
    const accepted = request.acceptStatus ? request.acceptStatus(status) : status >= 200 && status < 300;
    if (!accepted) throw await refusal(context, request, response, scope);

    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await readBoundedBody(response, context.limits.maxResponseBytes, scope.signal);
    } catch (error) {
      throw bodyFailure(error, scope.signal, shape, status);
    }
    checkDeadline();
    const answer = createHttpAnswer(response, bytes, shape, checkDeadline);
    let result: T;
    try {
      result = await raceSignal(
        loadLosslessParseFor(bytes).then(() => request.read(answer)),
        scope.signal,
      );
    } catch (error) {
      throw readError(error, scope, shape, answer);
    }
    // A synchronous parse or decode cannot be interrupted by a timer: past the deadline its result is dropped.
    checkDeadline();
    return result;
  } catch (error) {
    if (error instanceof HookFailure) throw error;
    throw isChatwireError(error) ? error : sendFailure(error, scope.signal, shape);
  } finally {
    scope.close();
  }
}

function readError(
  error: unknown,
  scope: DeadlineScope,
  shape: ErrorShaper,
  answer: HttpAnswer,
): ChatwireError {
  if (isChatwireError(error)) return error;
  const aborted = abortFailure(scope.signal, shape);
  if (aborted) return aborted;
  const text = error instanceof Error ? error.message : String(error);
  return answer.fail("invalid-response", `the answer could not be read (${text})`, {
    retryable: false,
    cause: error,
  });
}

/**
 * Sends the request with `redirect: "manual"` and applies the redirect rule itself
 * (`decideRedirect`): fetch would follow any redirect to any origin and resend headers such as
 * `token` there. Resolves with the first answer that is not a redirect.
 */
async function sendFollowingRedirects(
  context: CallContext,
  request: HttpRequest<unknown>,
  attempt: number,
  scope: DeadlineScope,
): Promise<Response> {
  const { shape, secrets, hooks } = context;
  const headers = request.headers ?? {};
  const body = request.body;
  let url = context.url;
  for (let redirects = 0; ; redirects++) {
    // Events are built only for hooks that exist: redaction has a cost every request would pay.
    const shown = () => ({
      operation: request.operation,
      method: request.method,
      url: redactSecrets(url.href, secrets),
      attempt,
      redirects,
    });
    if (hooks.beforeRequest) {
      await raceSignal(
        runHook(hooks.beforeRequest, "beforeRequest", {
          ...shown(),
          headers: redactedHeaders(headers, secrets),
          bodyBytes: byteLength(body),
        }),
        scope.signal,
      );
    }
    const sentAt = performance.now();
    let response: Response;
    try {
      response = await context.fetch(url.href, {
        method: request.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: scope.signal,
        redirect: "manual",
      });
    } catch (error) {
      throw sendFailure(error, scope.signal, shape);
    }
    if (response.type === "opaqueredirect") {
      // What a browser gives for redirect: "manual": no status, no Location, nothing to check.
      throw shape.fail("redirect", "redirect not followed (the platform hides its target)", {
        retryable: false,
      });
    }
    const landed = response.url ? URL.parse(response.url) : null;
    if (landed !== null && landed.origin !== url.origin) {
      // A fetch that followed a redirect on its own: the answer comes from another origin.
      await discardBody(response);
      throw shape.fail("redirect", `answer came from another origin (${landed.origin}); refused`, {
        retryable: false,
      });
    }
    if (hooks.afterResponse) {
      await raceSignal(
        runHook(hooks.afterResponse, "afterResponse", {
          ...shown(),
          status: response.status,
          headers: redactedHeaders(response.headers, secrets),
          durationMs: performance.now() - sentAt,
        }),
        scope.signal,
      ).catch(async (error: unknown) => {
        await discardBody(response);
        throw error;
      });
    }
    if (!redirectStatuses.has(response.status)) return response;
    await discardBody(response);
    const decision = decideRedirect({
      status: response.status,
      location: response.headers.get("location"),
      from: url,
      method: request.method.toUpperCase(),
      repeatable: request.repeatable,
      hops: redirects,
      maxRedirects: context.maxRedirects,
    });
    if (!decision.follow) {
      throw shape.fail("redirect", decision.reason, { status: response.status, retryable: false });
    }
    url = decision.url;
  }
}

function byteLength(body: Uint8Array | string | undefined): number {
  if (body === undefined) return 0;
  return typeof body === "string" ? new TextEncoder().encode(body).length : body.byteLength;
}

/** The typed error for an answer whose status the request does not accept. */
async function refusal(
  context: CallContext,
  request: HttpRequest<unknown>,
  response: Response,
  scope: DeadlineScope,
): Promise<ChatwireError> {
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
  let description: ReturnType<NonNullable<HttpRequest<unknown>["readFailure"]>>;
  if (request.readFailure) {
    try {
      const limit = Math.min(context.limits.maxResponseBytes, maxFailureBodyBytes);
      const bytes = await readBoundedBody(response, limit, scope.signal);
      await raceSignal(loadLosslessParseFor(bytes), scope.signal);
      description = request.readFailure(
        createHttpAnswer(response, bytes, context.shape, () => scope.check()),
      );
    } catch (error) {
      // The status says enough; an unreadable explanation of it is dropped, unless time ran out.
      if (!(error instanceof BodyTooLarge) && scope.signal.aborted)
        throw bodyFailure(error, scope.signal, context.shape, status);
      description = undefined;
    }
  } else {
    await discardBody(response);
  }
  // The reason phrase is server text and says nothing the status does not: it is left out.
  const detail = description?.detail ? `: ${description.detail}` : "";
  const failure = context.shape.fail("http", `HTTP ${status}${detail}`, {
    status,
    ...(description?.code === undefined ? {} : { code: description.code }),
    ...(description?.serverMessage === undefined ? {} : { serverMessage: description.serverMessage }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
  // A 429 says the server did not act on the request, so even a request unsafe to repeat may be.
  return status === 429 ? markNotDelivered(failure) : failure;
}
