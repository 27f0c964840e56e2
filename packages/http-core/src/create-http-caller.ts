import { assertRedactableSecret, type ChatwireError, isChatwireError } from "@chatwire/errors";
import { checkBaseUrl } from "./base-url.js";
import { type CallLimits, type HttpCallerOptions, limitsForCall, resolvePolicy } from "./caller-options.js";
import { type DeadlineScope, openDeadlineScope, raceSignal } from "./deadline-scope.js";
import { defaultErrorFactory, type ErrorShaper, errorShaper } from "./error-shaper.js";
import { headerRecord } from "./header-record.js";
import { HookFailure, type HttpHooks, runHook } from "./hooks.js";
import type { HttpAnswer } from "./http-answer.js";
import type { HttpCallOptions } from "./request-options.js";
import { retryLoop } from "./retry-loop.js";
import { runAttempt } from "./run-attempt.js";
import { shouldRepeat } from "./should-repeat.js";
import { abortFailure } from "./transport-failure.js";

/** Where a failed non-2xx answer's `readFailure` can add the server's own code and text. */
export interface FailureDescription {
  /** The system's own code (an envelope `code`). */
  readonly code?: number;
  /** The server's explanation; redacted by the error class. */
  readonly serverMessage?: string;
  /** Appended to the error message after `HTTP <status>: `. */
  readonly detail?: string;
}

/** One request of an operation, and how to read its answer. */
export interface HttpRequest<T> {
  /** Names the call in errors and hook events: `"POST /message/send"`, `"/v1/msg/send-message"`. */
  readonly operation: string;
  readonly method: string;
  /** Appended to the base URL: `/v1/msg/send-message`. */
  readonly path: string;
  /** Query parameters; `undefined` values are left out. */
  readonly query?: Readonly<Record<string, string | number | bigint | boolean | undefined>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as is on every attempt and same-origin redirect (never consumed). */
  readonly body?: Uint8Array<ArrayBuffer> | string;
  /**
   * True when sending the request twice does no harm (a read, or a write the server
   * deduplicates). Only then is it repeated after a failure whose outcome is unknown (a timeout,
   * a reset, a 503), and only then is a same-origin redirect followed. Otherwise it is repeated
   * only when it certainly did not reach the server: a refused connection, or a 429.
   */
  readonly repeatable: boolean;
  /** Statuses whose answers go to `read`; default 200–299. Others fail with kind `http`. */
  readonly acceptStatus?: (status: number) => boolean;
  /**
   * Turns an accepted answer into the result. It runs inside the attempt's deadline: if it is
   * still running, or returns, after the deadline, the call fails with `timeout`. What it throws
   * is the call's error: a ChatwireError as is (use `answer.fail`), anything else becomes
   * `invalid-response`. Invalid and too-large answers are never repeated.
   */
  readonly read: (answer: HttpAnswer) => T | Promise<T>;
  /** Reads a refused (non-accepted) answer's body for its code and message; errors are ignored. */
  readonly readFailure?: (answer: HttpAnswer) => FailureDescription | undefined;
}

/** The transport of one client: every request of it goes out through `call` (or the guarded `fetch`). */
export interface HttpCaller {
  /** The checked base URL, without trailing slash. */
  readonly baseUrl: string;
  /**
   * Sends `request` under the client's policy and resolves with what `read` returned. Every
   * failure rejects with the client's error class (see `createError`), never anything else.
   */
  call<T>(request: HttpRequest<T>, options?: HttpCallOptions): Promise<T>;
  /**
   * A `fetch` for libraries that want one (e.g. openapi-fetch): the same origin check, response
   * budget, time limit, hooks and typed errors, one attempt, no redirect followed; resolves every
   * status with a fully read body. Requests to another origin are refused.
   */
  readonly fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
}

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

function checkHooks(hooks: unknown): HttpHooks {
  if (hooks === undefined) return {};
  if (typeof hooks !== "object" || hooks === null) throw new TypeError("hooks must be an object");
  for (const [name, hook] of Object.entries(hooks)) {
    if (hook !== undefined && typeof hook !== "function")
      throw new TypeError(`hooks.${name} must be a function`);
  }
  return hooks as HttpHooks;
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

/** Creates the transport of one client. Options are checked here (TypeError/RangeError), once. */
export function createHttpCaller(options: HttpCallerOptions): HttpCaller {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("createHttpCaller needs an options object with a baseUrl");
  }
  const baseUrl = checkBaseUrl(options.baseUrl);
  const baseOrigin = new URL(baseUrl).origin;
  const secrets = [...(options.secrets ?? [])];
  for (const [index, secret] of secrets.entries()) assertRedactableSecret(`secrets[${index}]`, secret);
  const createError = options.createError ?? defaultErrorFactory;
  if (typeof createError !== "function") throw new TypeError("createError must be a function");
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new TypeError("fetch must be a function");
  }
  const policy = resolvePolicy(options);
  const hooks = checkHooks(options.hooks);
  const customFetch = options.fetch;
  // Looked up per call, so a global fetch replaced after creation (by an interceptor) is used.
  const fetchImpl: typeof globalThis.fetch = customFetch ?? ((input, init) => globalThis.fetch(input, init));

  async function callAt<T>(url: URL, request: HttpRequest<T>, options: HttpCallOptions): Promise<T> {
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
    );
    try {
      const early = abortFailure(callScope.signal, shape);
      if (early) throw early;
      return await retryLoop(
        (attempt) =>
          runAttempt(
            {
              fetch: fetchImpl,
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

  const call = <T>(request: HttpRequest<T>, options: HttpCallOptions = {}): Promise<T> => {
    let url: URL;
    try {
      checkCallOptions(options);
      url = urlFor(baseUrl, request);
    } catch (error) {
      const shape = errorShaper(String(request?.operation), secrets, createError);
      return Promise.reject(
        shape.fail("invalid-request", `request not sent: ${(error as Error).message}`, { cause: error }),
      );
    }
    return callAt(url, request, options);
  };

  const guardedFetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
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
    if (url.origin !== baseOrigin) {
      throw errorShaper(operation, secrets, createError).fail(
        "invalid-request",
        `request not sent: ${url.origin} is not the client's origin`,
      );
    }
    const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
    return callAt(
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
    );
  };

  return Object.freeze({ baseUrl, call, fetch: guardedFetch });
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
