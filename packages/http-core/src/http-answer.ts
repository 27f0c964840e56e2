import type { ChatwireError, ErrorKind } from "@chatwire/errors";
import type { ErrorShaper, FailureExtra } from "./error-shaper.js";
import { JsonParseError } from "./json/json-parse-error.js";
import { loadedLosslessParse } from "./json/load-lossless-parse.js";
import { type ParseJsonOptions, parseScannedJson } from "./json/parse-scanned-json.js";

/**
 * A complete answer, its body already read within `maxResponseBytes`, as a request's `read`
 * (or `readFailure`) sees it. `json()` and `text()` fail with the call's typed errors, and
 * `fail()` builds one, so `read` can throw nothing but the client's own error class.
 */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** The body as UTF-8 text; invalid UTF-8 is an `invalid-response` error. */
  text(): string;
  /**
   * The body parsed by `parseJson` (exact int64, bounded depth): a syntax error or an inexact
   * number is `invalid-response`, nesting past `maxDepth` is `too-large`. Never quotes the body.
   */
  json(options?: ParseJsonOptions): unknown;
  /** An error of this call (operation, secrets, this answer's status), for `read` to throw. */
  fail(kind: ErrorKind, detail: string, extra?: FailureExtra): ChatwireError;
  /**
   * Throws the call's `timeout` error once the attempt's deadline has passed. Long synchronous
   * work (a large decode) calls it now and then, since no timer can interrupt it.
   */
  checkDeadline(): void;
}

/**
 * The answer `read` gets. Its body must have gone through `loadLosslessParseFor` first, so that
 * `json()` finds the lossless parser whenever the text needs it.
 */
export function createHttpAnswer(
  response: { readonly status: number; readonly headers: Headers },
  bytes: Uint8Array<ArrayBuffer>,
  shape: ErrorShaper,
  checkDeadline: () => void,
): HttpAnswer {
  const status = response.status;
  const fail = (kind: ErrorKind, detail: string, extra: FailureExtra = {}) =>
    shape.fail(kind, detail, { status, ...extra });
  let text: string | undefined;
  const answer: HttpAnswer = {
    status,
    headers: response.headers,
    bytes,
    text() {
      if (text === undefined) {
        try {
          text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          throw fail("invalid-response", "answer is not valid UTF-8 text", { retryable: false });
        }
      }
      return text;
    },
    json(options) {
      const source = answer.text();
      try {
        return parseScannedJson(source, options ?? {}, loadedLosslessParse);
      } catch (error) {
        if (!(error instanceof JsonParseError)) throw error;
        if (error.reason === "too-deep") {
          throw fail("too-large", `answer is ${error.message}`, { retryable: false });
        }
        // The parser's message never quotes the text, so it can be passed on as it is.
        const detail =
          error.reason === "syntax" ? `answer is ${error.message}` : `answer has a ${error.message}`;
        throw fail("invalid-response", detail, { retryable: false });
      }
    },
    fail,
    checkDeadline,
  };
  return Object.freeze(answer);
}
