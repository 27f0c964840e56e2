import { ChatwireError, type ChatwireErrorDetails, type ErrorKind, hasErrorBrand } from "@chatwire/errors";
import type { maximOperationTable } from "./gen/maxim-operations.js";

type Table = typeof maximOperationTable;

/** An operation as method and path, e.g. `"POST /message/send"`, `"GET /group/info"`. */
export type RestOperation = {
  [Call in keyof Table]: `${Table[Call]["method"]} ${Table[Call]["path"]}`;
}[keyof Table];

/** What failed, in the vocabulary every chatwire package shares. */
export type RestErrorKind = ErrorKind;

/**
 * Every failure of a `RestClient` call: `kind`, `status` (HTTP, 0 without an answer), `code` (the
 * envelope's code when the server sent one), `operation`, `retryable`. No message, cause or JSON
 * form of it holds the access token.
 */
export class RestApiError extends ChatwireError {
  static override readonly brand: string = "RestApiError";
  override name = "RestApiError";
  declare readonly operation: RestOperation;

  constructor(message: string, details: ChatwireErrorDetails & { readonly operation: RestOperation }) {
    super(message, details);
  }
}

/** True for a `RestApiError` from any copy of this package. */
export function isRestApiError(value: unknown): value is RestApiError {
  return hasErrorBrand(value, RestApiError.brand);
}
