import { type ChatwireError, redactSecrets } from "@chatwire/errors";
import { headerRecord } from "./header-record.js";

/** One request about to go out (every attempt, and every redirect hop followed). */
export interface HttpRequestEvent {
  readonly operation: string;
  readonly method: string;
  /** The full URL, with any secret in it replaced by `[redacted]`. */
  readonly url: string;
  /** Request headers; a value holding a secret (the token header) reads `[redacted]`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Size of the request body in bytes (0 without one). */
  readonly bodyBytes: number;
  /** 1 for the first attempt of the call. */
  readonly attempt: number;
  /** Redirects followed so far within this attempt. */
  readonly redirects: number;
}

/** An answer's status and headers, as soon as they arrive (before its body is read). */
export interface HttpResponseEvent {
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly attempt: number;
  readonly redirects: number;
  /** Time from sending this request to its headers, in milliseconds. */
  readonly durationMs: number;
}

/** A failed attempt about to be repeated after `delayMs`. */
export interface HttpRetryEvent {
  readonly operation: string;
  /** The attempt that failed (1 for the first). */
  readonly attempt: number;
  /** The typed, redacted error it failed with. */
  readonly error: ChatwireError;
  readonly delayMs: number;
}

/**
 * Observers for logging, tracing and metrics. They get frozen copies with secrets already
 * redacted, so they can neither leak a credential nor change the request. A hook may be async;
 * the call waits for it within its deadline. A hook that throws stops the call: it rejects with
 * kind `aborted` (stopped from the caller's side, not repeated), the hook's error as `cause`.
 */
export interface HttpHooks {
  readonly beforeRequest?: (event: HttpRequestEvent) => void | Promise<void>;
  readonly afterResponse?: (event: HttpResponseEvent) => void | Promise<void>;
  readonly beforeRetry?: (event: HttpRetryEvent) => void | Promise<void>;
}

export type HookName = keyof HttpHooks;

/** A header list with every value that holds a secret redacted, as a frozen plain object. */
export function redactedHeaders(
  headers: Headers | Readonly<Record<string, string>>,
  secrets: readonly string[],
): Readonly<Record<string, string>> {
  const entries = Object.entries(headers instanceof Headers ? headerRecord(headers) : headers);
  return Object.freeze(
    Object.fromEntries(entries.map(([name, value]) => [name.toLowerCase(), redactSecrets(value, secrets)])),
  );
}

/** Thrown by a call when one of its hooks threw; carries the hook's name and its error. */
export class HookFailure extends Error {
  constructor(
    readonly hook: HookName,
    readonly original: unknown,
  ) {
    super(`the ${hook} hook threw`);
  }
}

/** Runs a hook, if set, wrapping anything it throws in a HookFailure. */
export async function runHook<E>(
  hook: ((event: E) => void | Promise<void>) | undefined,
  name: HookName,
  event: E,
): Promise<void> {
  if (hook === undefined) return;
  try {
    await hook(Object.freeze(event));
  } catch (error) {
    throw new HookFailure(name, error);
  }
}
