import type { ErrorFactory } from "./error-shaper.js";
import type { HttpHooks } from "./hooks.js";
import type { HttpCallOptions } from "./request-options.js";
import { type ResolvedRetryOptions, type RetryOptions, resolveRetryOptions } from "./retry-policy.js";

/** The limits and observers of a client, the same option names in every chatwire client. */
export interface HttpPolicyOptions {
  /** Limit of each attempt, end to end, in ms. Default 10 000. */
  readonly timeoutMs?: number;
  /** Limit of the whole call including retries and waits, in ms. Default 60 000. */
  readonly totalTimeoutMs?: number;
  /** Backoff for failures worth repeating, or `false` for a single attempt. */
  readonly retry?: RetryOptions | false;
  /** Largest answer accepted, counted while streaming, after decompression. Default 16 MiB. */
  readonly maxResponseBytes?: number;
  /** Same-origin redirects followed per attempt (for requests safe to repeat). Default 5. */
  readonly maxRedirects?: number;
  readonly hooks?: HttpHooks;
}

export interface HttpCallerOptions extends HttpPolicyOptions {
  /** Absolute http(s) URL the request paths are appended to; no `user:pass@`, query or fragment. */
  readonly baseUrl: string;
  /**
   * Credential values (tokens, secrets): never sent to another origin and redacted from every
   * error and hook event. Each must pass `assertRedactableSecret` (≥ 8 visible ASCII characters).
   */
  readonly secrets?: readonly string[];
  /** Builds the client's error class; default `ChatwireError`. */
  readonly createError?: ErrorFactory;
  /** The `fetch` to use; default the global one, looked up per call. */
  readonly fetch?: typeof globalThis.fetch;
}

/** Default limit of one attempt, in milliseconds. */
export const defaultTimeoutMs = 10_000;
/** Default limit of a whole call with its retries, in milliseconds. */
export const defaultTotalTimeoutMs = 60_000;
/** Default largest answer body read, in bytes. */
export const defaultMaxResponseBytes = 16 * 1024 * 1024;
/** Default most same-origin redirects followed per attempt. */
export const defaultMaxRedirects = 5;

/** The limits one call runs under, after per-call overrides. */
export interface CallLimits {
  readonly timeoutMs: number;
  readonly totalTimeoutMs: number;
  readonly maxResponseBytes: number;
  readonly retry: ResolvedRetryOptions | undefined;
}

function positive(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${String(value)}`);
  }
  return value;
}

function wholeNumber(name: string, value: unknown, min: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number >= ${min}, got ${String(value)}`);
  }
  return value;
}

function retryOf(value: unknown): ResolvedRetryOptions | undefined {
  if (value === false) return undefined;
  if (value !== undefined && (typeof value !== "object" || value === null)) {
    throw new TypeError("retry must be an object or false");
  }
  return resolveRetryOptions(value as RetryOptions | undefined);
}

/** Checks a client's policy options once, at creation (RangeError/TypeError on nonsense). */
export function resolvePolicy(options: HttpPolicyOptions): CallLimits & { readonly maxRedirects: number } {
  return {
    timeoutMs: positive("timeoutMs", options.timeoutMs ?? defaultTimeoutMs),
    totalTimeoutMs: positive("totalTimeoutMs", options.totalTimeoutMs ?? defaultTotalTimeoutMs),
    maxResponseBytes: wholeNumber("maxResponseBytes", options.maxResponseBytes ?? defaultMaxResponseBytes, 1),
    maxRedirects: wholeNumber("maxRedirects", options.maxRedirects ?? defaultMaxRedirects, 0),
    retry: retryOf(options.retry),
  };
}

/** The client's limits with one call's overrides applied (same checks; the caller types the error). */
export function limitsForCall(client: CallLimits, options: HttpCallOptions): CallLimits {
  return {
    timeoutMs: options.timeoutMs === undefined ? client.timeoutMs : positive("timeoutMs", options.timeoutMs),
    totalTimeoutMs:
      options.totalTimeoutMs === undefined
        ? client.totalTimeoutMs
        : positive("totalTimeoutMs", options.totalTimeoutMs),
    maxResponseBytes:
      options.maxResponseBytes === undefined
        ? client.maxResponseBytes
        : wholeNumber("maxResponseBytes", options.maxResponseBytes, 1),
    retry: options.retry === undefined ? client.retry : retryOf(options.retry),
  };
}
