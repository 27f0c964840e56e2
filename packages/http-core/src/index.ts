// The transport every chatwire HTTP client is built on: createHttpCaller and exact JSON.
// redactSecrets comes from @chatwire/errors.
export { redactSecrets } from "@chatwire/errors";
export { abortableDelay } from "./abortable-delay.js";
export { checkBaseUrl } from "./base-url.js";
export {
  defaultMaxRedirects,
  defaultMaxResponseBytes,
  defaultTimeoutMs,
  defaultTotalTimeoutMs,
  type HttpCallerOptions,
  type HttpPolicyOptions,
} from "./caller-options.js";
export {
  createHttpCaller,
  type FailureDescription,
  type HttpCaller,
  type HttpRequest,
} from "./create-http-caller.js";
export type { ErrorFactory, FailureExtra, HttpErrorDetails } from "./error-shaper.js";
export type { HttpHooks, HttpRequestEvent, HttpResponseEvent, HttpRetryEvent } from "./hooks.js";
export type { HttpAnswer } from "./http-answer.js";
export { int64Max, int64Min, isInt64, uint64Max } from "./json/int64.js";
export { JsonParseError, type JsonParseErrorReason } from "./json/json-parse-error.js";
export { parseJson } from "./json/parse-json.js";
export { defaultMaxJsonDepth, type ParseJsonOptions } from "./json/parse-scanned-json.js";
export { stringifyJson } from "./json/stringify-json.js";
export { decideRedirect, type RedirectDecision, redirectStatuses } from "./redirect-rule.js";
export type { CallOptions, HttpCallOptions } from "./request-options.js";
export { parseRetryAfter } from "./retry-after.js";
export {
  defaultRetryOptions,
  type ResolvedRetryOptions,
  type RetryOptions,
  resolveRetryOptions,
} from "./retry-policy.js";
