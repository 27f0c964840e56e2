import { type ErrorKind, isChatwireError } from "@chatwire/errors";
import { wasNotDelivered } from "./transport-failure.js";

/** Failures no repeat can fix: the same request gets the same refusal, answer or redirect. */
const neverRepeated: ReadonlySet<ErrorKind> = new Set([
  "invalid-request",
  "aborted",
  "redirect",
  "too-large",
  "invalid-response",
  "unsupported",
]);

/**
 * Whether a call may be repeated after `error`: it must be worth it (the error says `retryable`:
 * timeouts, network failures, 408/425/429/5xx) and safe (the request is `repeatable`, or it
 * certainly never reached the server).
 */
export function shouldRepeat(error: unknown, repeatable: boolean): boolean {
  if (!isChatwireError(error) || !error.retryable || neverRepeated.has(error.kind)) return false;
  return repeatable || wasNotDelivered(error);
}
