import { type ChatwireError, isChatwireError } from "@chatwire/errors";
import { type CallLimits, limitsForCall } from "./caller-options.js";
import type { CallerSetup, HttpRequest } from "./create-http-caller.js";
import { type DeadlineScope, openDeadlineScope, raceSignal } from "./deadline-scope.js";
import { type ErrorShaper, errorShaper } from "./error-shaper.js";
import { headerRecord } from "./header-record.js";
import { HookFailure, type HttpHooks, runHook } from "./hooks.js";
import type { HttpCallOptions } from "./request-options.js";
import { retryLoop } from "./retry-loop.js";
import { runAttempt } from "./run-attempt.js";
import { shouldRepeat } from "./should-repeat.js";
import { abortFailure } from "./transport-failure.js";

// Imported with a caller's first call (see createHttpCaller): what sending takes.

/** Everything one attempt needs from its call. */
export interface CallContext {
  readonly fetch: typeof globalThis.fetch;
  readonly secrets: readonly string[];
  readonly hooks: HttpHooks;
  readonly shape: ErrorShaper;
  readonly limits: CallLimits;
  readonly maxRedirects: number;
  readonly url: URL;
  readonly scope: DeadlineScope;
}

function urlFor(baseUrl: string, request: HttpRequest<unknown>): URL {
  if (typeof request.path !== "string" || !request.path.startsWith("/")) {
    throw new TypeError("request path must start with /");
  }
  const url = new URL(baseUrl + request.path);
  // Paths are appended as text; whatever they hold, the request may not leave the base's origin.
  if (url.origin !== new URL(baseUrl).origin)
    throw new TypeError("request path leaves the base URL's origin");
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.append(name, String(value));
  }
  return url;
}

/**
 * Sends one call under the caller's policy: checks, the call's deadline (counted from `startedAt`,
 * when the call was made, so that loading this module on a first call counts too), attempts and
 * retries.
 */
async function callAt<T>(
  setup: CallerSetup,
  url: URL,
  request: HttpRequest<T>,
  options: HttpCallOptions,
  startedAt: number,
): Promise<T> {
  const { secrets, createError, policy, hooks } = setup;
  const shape = errorShaper(request.operation, secrets, createError);
  let limits: CallLimits;
  try {
    limits = limitsForCall(policy, options);
  } catch (error) {
    throw shape.fail("invalid-request", `request not sent: ${(error as Error).message}`, { cause: error });
  }
  const callScope = openDeadlineScope(
    { signal: options.signal },
    { scope: "call", ms: limits.totalTimeoutMs },
    startedAt,
  );
  try {
    const early = abortFailure(callScope.signal, shape);
    if (early) throw early;
    return await retryLoop(
      (attempt) =>
        runAttempt(
          {
            fetch: setup.fetch,
            secrets,
            hooks,
            shape,
            limits,
            maxRedirects: policy.maxRedirects,
            url,
            scope: callScope,
          },
          request,
          attempt,
        ),
      {
        retry: limits.retry,
        signal: callScope.signal,
        deadlineAt: callScope.deadlineAt,
        shouldRetry: (error) => shouldRepeat(error, request.repeatable),
        retryAfterMs: (error) => (isChatwireError(error) ? error.retryAfterMs : undefined),
        beforeRetry: (error, attempt, delayMs) =>
          raceSignal(
            runHook(hooks.beforeRetry, "beforeRetry", {
              operation: request.operation,
              attempt,
              error: error as ChatwireError,
              delayMs,
            }),
            callScope.signal,
          ),
      },
    );
  } catch (error) {
    throw finalError(error, callScope, shape);
  } finally {
    callScope.close();
  }
}

/** `HttpCaller.call`: checks the request and its options, then sends it. */
export function sendCall<T>(
  setup: CallerSetup,
  request: HttpRequest<T>,
  options: HttpCallOptions = {},
  startedAt = performance.now(),
): Promise<T> {
  let url: URL;
  try {
    checkCallOptions(options);
    url = urlFor(setup.baseUrl, request);
  } catch (error) {
    const shape = errorShaper(String(request?.operation), setup.secrets, setup.createError);
    return Promise.reject(
      shape.fail("invalid-request", `request not sent: ${(error as Error).message}`, { cause: error }),
    );
  }
  return callAt(setup, url, request, options, startedAt);
}

/** `HttpCaller.fetch`: one attempt of a request libraries build, on the caller's origin only. */
export async function sendFetch(
  setup: CallerSetup,
  input: Request | string | URL,
  init?: RequestInit,
  startedAt = performance.now(),
): Promise<Response> {
  const { secrets, createError } = setup;
  let request: Request;
  try {
    request = new Request(input, init);
  } catch (error) {
    throw errorShaper("fetch", secrets, createError).fail(
      "invalid-request",
      "request not sent: not a valid request",
      {
        cause: error,
      },
    );
  }
  const url = new URL(request.url);
  const operation = `${request.method} ${url.pathname}`;
  if (url.origin !== setup.baseOrigin) {
    throw errorShaper(operation, secrets, createError).fail(
      "invalid-request",
      `request not sent: ${url.origin} is not the client's origin`,
    );
  }
  const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
  return callAt(
    setup,
    url,
    {
      operation,
      method: request.method,
      path: url.pathname,
      headers: headerRecord(request.headers),
      ...(body === undefined ? {} : { body }),
      repeatable: false,
      acceptStatus: () => true,
      read: (answer) =>
        new Response(answer.bytes.byteLength === 0 ? null : answer.bytes, {
          status: answer.status,
          headers: answer.headers,
        }),
    },
    { ...(request.signal === undefined ? {} : { signal: request.signal }), retry: false },
    startedAt,
  );
}

/** Per-call options from JavaScript: an object, whose `signal` (if any) is an AbortSignal. */
function checkCallOptions(options: unknown): void {
  if (typeof options !== "object" || options === null) throw new TypeError("call options must be an object");
  const signal = (options as { signal?: unknown }).signal;
  if (
    signal !== undefined &&
    (typeof signal !== "object" ||
      signal === null ||
      typeof (signal as AbortSignal).aborted !== "boolean" ||
      typeof (signal as AbortSignal).addEventListener !== "function")
  ) {
    throw new TypeError("signal must be an AbortSignal");
  }
}

/** Whatever ended the call, as the client's error: waits cut short, hooks that threw, typed errors as is. */
function finalError(error: unknown, scope: DeadlineScope, shape: ErrorShaper): ChatwireError {
  if (isChatwireError(error)) return error;
  if (error instanceof HookFailure) {
    return shape.fail("aborted", `stopped: ${error.message}`, { retryable: false, cause: error.original });
  }
  const aborted = abortFailure(scope.signal, shape);
  if (aborted) return aborted;
  return shape.fail(
    "invalid-request",
    `request not sent: ${error instanceof Error ? error.name : "failure"}`,
    {
      retryable: false,
      cause: error,
    },
  );
}
