import { assertRedactableSecret } from "@chatwire/errors";
import { checkBaseUrl } from "./base-url.js";
import { type HttpCallerOptions, resolvePolicy } from "./caller-options.js";
import { defaultErrorFactory, type ErrorFactory, errorShaper } from "./error-shaper.js";
import type { HttpHooks } from "./hooks.js";
import type { HttpAnswer } from "./http-answer.js";
import type { HttpCallOptions } from "./request-options.js";

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

/** A caller's checked options: everything its calls need. */
export interface CallerSetup {
  readonly baseUrl: string;
  readonly baseOrigin: string;
  readonly secrets: readonly string[];
  readonly createError: ErrorFactory;
  readonly policy: ReturnType<typeof resolvePolicy>;
  readonly hooks: HttpHooks;
  readonly fetch: typeof globalThis.fetch;
}

let sending: Promise<typeof import("./send-call.js")> | undefined;

/**
 * The code that sends calls (attempts, retries, deadlines, redirects, reading answers), imported
 * with the first call of any caller and kept: creating a caller needs none of it, so a client's
 * first chunk does not carry it. A failed import is tried again on the next call.
 */
function sendingCode(): Promise<typeof import("./send-call.js")> {
  sending ??= import("./send-call.js").catch((error: unknown) => {
    sending = undefined;
    throw error;
  });
  return sending;
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

/** Creates the transport of one client. Options are checked here (TypeError/RangeError), once. */
export function createHttpCaller(options: HttpCallerOptions): HttpCaller {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("createHttpCaller needs an options object with a baseUrl");
  }
  const baseUrl = checkBaseUrl(options.baseUrl);
  const secrets = [...(options.secrets ?? [])];
  for (const [index, secret] of secrets.entries()) assertRedactableSecret(`secrets[${index}]`, secret);
  const createError = options.createError ?? defaultErrorFactory;
  if (typeof createError !== "function") throw new TypeError("createError must be a function");
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new TypeError("fetch must be a function");
  }
  const customFetch = options.fetch;
  const setup: CallerSetup = {
    baseUrl,
    baseOrigin: new URL(baseUrl).origin,
    secrets,
    createError,
    policy: resolvePolicy(options),
    hooks: checkHooks(options.hooks),
    // Looked up per call, so a global fetch replaced after creation (by an interceptor) is used.
    fetch: customFetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
  // Without the sending code no request can go out: the call fails as one that found no network.
  const notLoaded = (operation: string) => (error: unknown) => {
    throw errorShaper(operation, secrets, createError).fail(
      "network",
      "request not sent: the code that sends it could not be loaded",
      { cause: error },
    );
  };
  // A call's time limits count from here, the load of the sending code included.
  return Object.freeze({
    baseUrl,
    call: <T>(request: HttpRequest<T>, callOptions?: HttpCallOptions) => {
      const startedAt = performance.now();
      return sendingCode().then(
        (code) => code.sendCall(setup, request, callOptions, startedAt),
        notLoaded(String(request?.operation)),
      );
    },
    fetch: (input: Request | string | URL, init?: RequestInit) => {
      const startedAt = performance.now();
      return sendingCode().then((code) => code.sendFetch(setup, input, init, startedAt), notLoaded("fetch"));
    },
  });
}
