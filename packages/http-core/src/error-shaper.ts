import { ChatwireError, type ChatwireErrorDetails, type ErrorKind, redactSecrets } from "@chatwire/errors";

/** What a client's error class is built from: the base details plus the server's own text, if any. */
export interface HttpErrorDetails extends ChatwireErrorDetails {
  /** Text the server sent to explain a refusal (an envelope `msg`); the error class redacts it. */
  readonly serverMessage?: string;
}

/**
 * Builds the error a client rejects with (`YunhuApiError`, `RestApiError`, ...). It receives a
 * message and details that already name the operation and carry the secrets, so the class's base
 * constructor redacts them.
 */
export type ErrorFactory = (message: string, details: HttpErrorDetails) => ChatwireError;

export const defaultErrorFactory: ErrorFactory = (message, details) => new ChatwireError(message, details);

/** Everything a failure may add to its kind and text. */
export interface FailureExtra {
  readonly status?: number;
  readonly code?: number;
  readonly retryable?: boolean;
  readonly retryAfterMs?: number;
  readonly serverMessage?: string;
  readonly cause?: unknown;
}

/** Makes the errors of one operation: `"<operation>: <detail>"`, with the client's class and secrets. */
export interface ErrorShaper {
  readonly operation: string;
  fail(kind: ErrorKind, detail: string, extra?: FailureExtra): ChatwireError;
}

export function errorShaper(
  operation: string,
  secrets: readonly string[],
  createError: ErrorFactory,
): ErrorShaper {
  return {
    operation,
    fail(kind, detail, extra = {}) {
      const details: { -readonly [K in keyof HttpErrorDetails]: HttpErrorDetails[K] } = {
        kind,
        operation,
        secrets,
      };
      for (const [key, value] of Object.entries(extra)) {
        if (value !== undefined) (details as Record<string, unknown>)[key] = value;
      }
      // Server text is redacted here too, whatever the error class does with it.
      if (extra.serverMessage !== undefined)
        details.serverMessage = redactSecrets(extra.serverMessage, secrets);
      return createError(`${operation}: ${detail}`, details);
    },
  };
}
