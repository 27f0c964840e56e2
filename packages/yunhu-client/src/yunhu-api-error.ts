import {
  ChatwireError,
  type ChatwireErrorDetails,
  type ErrorKind,
  hasErrorBrand,
  redactSecrets,
} from "@chatwire/errors";

/** What went wrong: the shared kinds of `@chatwire/errors`. */
export type YunhuErrorKind = ErrorKind;

/** What a `YunhuApiError` is constructed from. */
export interface YunhuApiErrorDetails extends ChatwireErrorDetails {
  /** `Status.msg` / JSON `msg` as the server wrote it; redacted of `secrets` here. */
  readonly serverMessage?: string;
}

/**
 * The one error every Yunhu client call rejects with. `operation` is the endpoint path
 * (`/v1/msg/send-message`), `code` the answer's `Status.code` or JSON `code`. Its message, cause
 * chain and `serverMessage` never hold the token.
 */
export class YunhuApiError extends ChatwireError {
  static override readonly brand: string = "YunhuApiError";
  override name = "YunhuApiError";
  /** `Status.msg` / JSON `msg`, free of the token. */
  readonly serverMessage: string | undefined;

  constructor(message: string, details: YunhuApiErrorDetails) {
    super(message, details);
    this.serverMessage =
      details.serverMessage === undefined
        ? undefined
        : redactSecrets(details.serverMessage, details.secrets ?? []);
  }

  /** The endpoint path, e.g. `/v1/msg/send-message`: the same as `operation`. */
  get endpoint(): string {
    return this.operation;
  }
}

/** True for a YunhuApiError from any copy of this package. */
export function isYunhuApiError(value: unknown): value is YunhuApiError {
  return hasErrorBrand(value, YunhuApiError.brand);
}
