/**
 * What went wrong, in one vocabulary for every chatwire package. Each kind names where a call
 * failed, not which package noticed it.
 */
export type ErrorKind =
  /** Refused before anything was sent: wrong input types, an inexact int64, a bad option. */
  | "invalid-request"
  /** An attempt, or the whole call with its retries, ran out of time. */
  | "timeout"
  /** The caller cancelled through its `AbortSignal`. */
  | "aborted"
  /** No answer: refused or reset connection, DNS failure, a body stream cut off. */
  | "network"
  /** The server redirected where the client does not follow (another origin, or an unsafe repeat). */
  | "redirect"
  /** The server answered with a status outside 2xx. */
  | "http"
  /** The answer passed a size or decode budget (`maxResponseBytes`, message count, nesting depth). */
  | "too-large"
  /** The answer could not be understood: bad syntax, a schema mismatch, a cursor that does not advance. */
  | "invalid-response"
  /** The system answered and refused: an envelope code, a `Status.code`, an `errCode`. */
  | "api"
  /** The system cannot do this at all, or cannot carry this content. */
  | "unsupported";

/** Every `ErrorKind`, in a frozen array. */
export const errorKinds: readonly ErrorKind[] = Object.freeze([
  "invalid-request",
  "timeout",
  "aborted",
  "network",
  "redirect",
  "http",
  "too-large",
  "invalid-response",
  "api",
  "unsupported",
]);

/** HTTP statuses that say "try again later" rather than "this request is wrong". */
const transientStatuses: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Whether repeating a call that failed this way may succeed. It says nothing about whether a
 * repeat is *safe*: that depends on the operation (an idempotency key, a read) and is the
 * client's decision.
 */
export function isTransient(kind: ErrorKind, status = 0): boolean {
  if (kind === "timeout" || kind === "network") return true;
  return kind === "http" && transientStatuses.has(status);
}
