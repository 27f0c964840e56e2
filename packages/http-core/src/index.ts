export { abortableDelay } from "./abortable-delay.js";
export { faultFromError, faultFromResponse } from "./fetch-fault.js";
export { type FaultKind, HttpFault, type HttpFaultDetails } from "./http-fault.js";
export { parseJson, stringifyJson } from "./lossless-json.js";
export { redactSecrets } from "./redact.js";
export type { CallOptions } from "./request-options.js";
export { parseRetryAfter } from "./retry-after.js";
export {
  defaultRetryOptions,
  type ResolvedRetryOptions,
  type RetryOptions,
  resolveRetryOptions,
} from "./retry-policy.js";
export { type SendPolicy, sendWithPolicy } from "./send-with-policy.js";
export { isTransientFault } from "./transient-fault.js";
