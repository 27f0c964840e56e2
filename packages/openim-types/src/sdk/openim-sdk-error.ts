import { ChatwireError, type ChatwireErrorJson, type ErrorKind, hasErrorBrand } from "@chatwire/errors";
import { errorCodeName } from "./error-code-name.js";

/** What an `OpenImSdkError` is constructed from. */
export interface OpenImSdkErrorDetails {
  readonly kind: ErrorKind;
  /** The function called, as its FuncRequestEventName member: `"Login"`, `"SendMessage"`. */
  readonly operation: string;
  /** The FuncRequestEventName number of the call, when there was one. */
  readonly funcName?: number;
  /** The operationID the call was sent with (the core logs it), when it got that far. */
  readonly operationID?: string;
  /** The core's `errCode`: only for kind `api`. */
  readonly code?: number;
  readonly cause?: unknown;
  readonly secrets?: readonly (string | undefined)[];
}

/**
 * Every failure of an OpenIM SDK call: the core's error answer (`kind: "api"` with `code` and
 * `codeName`), a request refused before it was sent (`invalid-request`), a result that could not
 * be decoded (`invalid-response`) or was over budget (`too-large`), a timeout, an abort, or a
 * transport that failed (`network`).
 */
export class OpenImSdkError extends ChatwireError {
  static override readonly brand = "OpenImSdkError";
  override name = "OpenImSdkError";
  /** The `ErrorCode` member of `code` (`"SdkNotLogin"`); undefined when the code is not one it lists. */
  readonly codeName: string | undefined;
  readonly funcName: number | undefined;
  readonly operationID: string | undefined;

  constructor(message: string, details: OpenImSdkErrorDetails) {
    super(message, {
      kind: details.kind,
      operation: details.operation,
      ...(details.code === undefined ? {} : { code: details.code }),
      ...(details.cause === undefined ? {} : { cause: details.cause }),
      ...(details.secrets === undefined ? {} : { secrets: details.secrets }),
    });
    this.codeName = details.code === undefined ? undefined : errorCodeName(details.code);
    this.funcName = details.funcName;
    this.operationID = details.operationID;
  }

  override toJSON(): OpenImSdkErrorJson {
    return {
      ...super.toJSON(),
      ...(this.codeName === undefined ? {} : { codeName: this.codeName }),
      ...(this.funcName === undefined ? {} : { funcName: this.funcName }),
      ...(this.operationID === undefined ? {} : { operationID: this.operationID }),
    };
  }
}

export interface OpenImSdkErrorJson extends ChatwireErrorJson {
  readonly codeName?: string;
  readonly funcName?: number;
  readonly operationID?: string;
}

/** True for an OpenImSdkError from any copy of this package. */
export function isOpenImSdkError(value: unknown): value is OpenImSdkError {
  return hasErrorBrand(value, OpenImSdkError.brand);
}
