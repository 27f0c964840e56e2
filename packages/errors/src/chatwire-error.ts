import { hasErrorBrand, setErrorBrands } from "./error-brand.js";
import { type ErrorKind, isTransient } from "./error-kind.js";
import { redactSecrets } from "./redact-secrets.js";
import { safeCause } from "./safe-cause.js";

/** What a `ChatwireError` is constructed from. */
export interface ChatwireErrorDetails {
  readonly kind: ErrorKind;
  /** What was being done, in the package's own terms: `"POST /message/send"`, `"/v1/msg/send-message"`, `"Login"`. */
  readonly operation: string;
  /** HTTP status of the answer; 0 or omitted when there was none. */
  readonly status?: number;
  /** The system's own code (envelope `code`, `Status.code`, `errCode`), when it sent one. */
  readonly code?: number;
  /** Whether a later repeat may succeed. Default: transient kinds (timeouts, network, 408/425/429/5xx). */
  readonly retryable?: boolean;
  /** How long the server asked the client to wait, from `Retry-After`. */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
  /**
   * Values that must not appear in any form of the error. The message, and every text of the
   * cause chain, are redacted here, once, whatever built them.
   */
  readonly secrets?: readonly (string | undefined)[];
}

/** The plain form of an error, as `JSON.stringify` writes it. */
export interface ChatwireErrorJson {
  readonly name: string;
  readonly message: string;
  readonly kind: ErrorKind;
  readonly operation: string;
  readonly status: number;
  readonly code?: number;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
}

/**
 * The base of every error a chatwire client or adapter rejects with. Subclasses add their own
 * name (and brand, for the cross-install guards) and little else: `kind`, `status`, `code`,
 * `operation` and `retryable` mean the same thing everywhere.
 */
export class ChatwireError extends Error {
  /** The class's name in the brand list; each subclass sets its own. */
  static readonly brand: string = "ChatwireError";

  /** `instanceof` works across duplicate installs of a package: it checks the brand, not the class object. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested, e.g. RestApiError.
    return hasErrorBrand(value, this.brand);
  }

  override name = "ChatwireError";
  readonly kind: ErrorKind;
  readonly operation: string;
  /** HTTP status of the answer; 0 when none was received. */
  readonly status: number;
  /** The system's own code, when it sent one. */
  readonly code: number | undefined;
  /** Whether a later repeat may succeed (not whether it is safe: that is the operation's business). */
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: ChatwireErrorDetails) {
    const secrets = details.secrets ?? [];
    const cause = details.cause === undefined ? undefined : safeCause(details.cause, secrets);
    super(redactSecrets(message, secrets), cause === undefined ? undefined : { cause });
    this.kind = details.kind;
    this.operation = details.operation;
    this.status = details.status ?? 0;
    this.code = details.code;
    this.retryable = details.retryable ?? isTransient(details.kind, this.status);
    this.retryAfterMs = details.retryAfterMs;
    setErrorBrands(this, brandsOf(new.target));
  }

  toJSON(): ChatwireErrorJson {
    return {
      name: this.name,
      message: this.message,
      kind: this.kind,
      operation: this.operation,
      status: this.status,
      ...(this.code === undefined ? {} : { code: this.code }),
      retryable: this.retryable,
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
    };
  }
}

/** The brands of a class and its bases up to ChatwireError, most derived first. */
function brandsOf(target: unknown): string[] {
  const brands: string[] = [];
  for (let current = target; typeof current === "function"; current = Object.getPrototypeOf(current)) {
    if (Object.hasOwn(current, "brand")) brands.push((current as unknown as { brand: string }).brand);
    if (current === ChatwireError) break;
  }
  return brands;
}

/** True for any chatwire error, from this copy of the package or another. */
export function isChatwireError(value: unknown): value is ChatwireError {
  return hasErrorBrand(value, ChatwireError.brand);
}
