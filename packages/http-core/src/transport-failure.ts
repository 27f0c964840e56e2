import { type ChatwireError, isChatwireError } from "@chatwire/errors";
import isNetworkError from "is-network-error";
import { ownTimeoutOf } from "./deadline-scope.js";
import type { ErrorShaper } from "./error-shaper.js";
import { BodyTooLarge } from "./read-bounded-body.js";

/** Errors known to have failed before the server could act on the request (refused connection, 429). */
const notDelivered = new WeakSet<object>();

/** True when the request certainly did not reach the server's logic, so repeating it cannot act twice. */
export function wasNotDelivered(error: unknown): boolean {
  return typeof error === "object" && error !== null && notDelivered.has(error);
}

export function markNotDelivered<E extends object>(error: E): E {
  notDelivered.add(error);
  return error;
}

/** Socket codes that mean no connection was made, so nothing was sent. */
const neverConnectedCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

/** The `code`s (or messages) along a cause chain: undici says "fetch failed" and hides ECONNRESET inside. */
function causeCodes(error: unknown): string[] {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    parts.push(typeof code === "string" ? code : current.message);
    current = current.cause;
  }
  return parts;
}

function hasSocketCode(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    if (typeof (current as { code?: unknown }).code === "string") return true;
    current = current.cause;
  }
  return false;
}

/** A timeout or cancellation when the signal fired; undefined otherwise. */
export function abortFailure(signal: AbortSignal, shape: ErrorShaper): ChatwireError | undefined {
  if (!signal.aborted) return undefined;
  const timeout = ownTimeoutOf(signal.reason);
  if (timeout !== undefined) {
    const what = timeout.scope === "call" ? "the call" : "the attempt";
    return shape.fail("timeout", `${what} ran out of time (${timeout.ms} ms)`, {
      // Past the whole call's deadline a repeat has no time left to run.
      ...(timeout.scope === "call" ? { retryable: false } : {}),
    });
  }
  return shape.fail("aborted", "cancelled by the caller's signal", { retryable: false });
}

/**
 * Turns what sending a request threw into the call's typed error. A fired signal decides first
 * (timeout or cancellation, whatever the thrown error says); then fetch's network errors; any
 * other throwable is a request fetch refused to send (a bad header, a bad URL): a programming
 * error, never repeated.
 */
export function sendFailure(error: unknown, signal: AbortSignal, shape: ErrorShaper): ChatwireError {
  if (isChatwireError(error)) return error;
  const aborted = abortFailure(signal, shape);
  if (aborted) return aborted;
  const codes = causeCodes(error);
  if (isNetworkError(error) || hasSocketCode(error) || !isProgrammingError(error)) {
    const failure = shape.fail("network", `network failure (${codes.join(": ") || String(error)})`, {
      cause: error,
    });
    return codes.some((code) => neverConnectedCodes.has(code)) ? markNotDelivered(failure) : failure;
  }
  const name = error instanceof Error ? error.name : typeof error;
  return shape.fail("invalid-request", `the request could not be sent (${name})`, { cause: error });
}

function isProgrammingError(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    error instanceof RangeError ||
    error instanceof SyntaxError ||
    error instanceof ReferenceError
  );
}

/** Turns what reading a body threw into the call's typed error. */
export function bodyFailure(error: unknown, signal: AbortSignal, shape: ErrorShaper, status: number) {
  if (isChatwireError(error)) return error;
  if (error instanceof BodyTooLarge) {
    const said = error.declared === undefined ? "" : ` (content-length ${error.declared})`;
    return shape.fail("too-large", `answer larger than maxResponseBytes (${error.limit})${said}`, {
      status,
      retryable: false,
    });
  }
  const aborted = abortFailure(signal, shape);
  if (aborted) return aborted;
  const codes = causeCodes(error);
  if (codes.some((code) => code.startsWith("Z_") || code.startsWith("ERR__") || code.includes("ZLIB"))) {
    return shape.fail("invalid-response", "the compressed answer is corrupt", { status, cause: error });
  }
  return shape.fail("network", `the answer was cut off (${codes.join(": ") || String(error)})`, {
    status,
    cause: error,
  });
}
