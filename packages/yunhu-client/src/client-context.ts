import { assertRedactableSecret } from "@chatwire/errors";
import { createHttpCaller, type HttpCaller } from "@chatwire/http-core";
import { defaultBaseUrl, type YunhuClientOptions } from "./client-options.js";
import { type ProtobufDecodeLimits, resolveDecodeLimits } from "./decode-within-budget.js";
import { YunhuApiError } from "./yunhu-api-error.js";

/** Settings every call of one client shares, checked once at creation. */
export interface ClientContext {
  readonly http: HttpCaller;
  readonly token: string;
  readonly decodeLimits: Required<ProtobufDecodeLimits>;
  /** A typed `invalid-request` error for input refused before anything is sent. */
  refuse(operation: string, detail: string, cause?: unknown): YunhuApiError;
}

export function createClientContext(options: YunhuClientOptions): ClientContext {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("createYunhuClient needs an options object: { token, baseUrl?, ... }");
  }
  // Checked first, and never echoed: a short or odd token could not be redacted reliably.
  assertRedactableSecret("token", options.token);
  const token = options.token;
  const secrets = [token];
  const http = createHttpCaller({
    ...options,
    baseUrl: options.baseUrl ?? defaultBaseUrl,
    secrets,
    createError: (message, details) => new YunhuApiError(message, details),
  });
  return {
    http,
    token,
    decodeLimits: resolveDecodeLimits(options.decodeLimits),
    refuse: (operation, detail, cause) =>
      new YunhuApiError(`${operation}: request not sent: ${detail}`, {
        kind: "invalid-request",
        operation,
        secrets,
        retryable: false,
        ...(cause === undefined ? {} : { cause }),
      }),
  };
}
