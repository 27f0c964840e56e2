import { ffiNameOf } from "../ffi-envelope/ffi-names.js";
import { ErrorCode } from "../gen/error.js";
import { FfiRequest, FfiResult } from "../gen/ffi.js";
import { encodeChecked } from "./encode-sdk-request.js";
import { OpenImSdkError } from "./openim-sdk-error.js";
import { surfaceRow } from "./sdk-surface.js";

type CoreRequestHandler = (request: unknown) => unknown;

/**
 * Answers the core's own requests (`Js*`: files and SQLite in the WebAssembly build) with the
 * handler the host registered for each. The core waits for the answer, so it is synchronous and
 * always an encoded `FfiResult` (never empty, which the core takes as a failure):
 *
 * - handled: the handler's `jsXResp`, with the request's handleID;
 * - no handler registered: `SdkFuncNotFound`;
 * - the handler throws, returns a promise, or returns what `jsXResp` cannot carry: `SdkInternal`,
 *   and the error goes to `onError`; the handler's own message is not sent to the core;
 * - the request is not a `Js*` call, or cannot be decoded: `SdkArgs`.
 */
export class CoreRequestAnswerer {
  private readonly handlers = new Map<string, CoreRequestHandler>();

  constructor(private readonly onError: (error: unknown) => void) {}

  register(name: string, handler: CoreRequestHandler): () => void {
    const row = surfaceRow(name);
    if (row?.kind !== "interop")
      throw new TypeError(`handle: ${String(name)} is not a request the core makes`);
    if (typeof handler !== "function") throw new TypeError(`handle: the ${name} handler must be a function`);
    if (this.handlers.has(name)) throw new TypeError(`handle: ${name} already has a handler`);
    this.handlers.set(name, handler);
    return () => {
      if (this.handlers.get(name) === handler) this.handlers.delete(name);
    };
  }

  answer(bytes: Uint8Array): Uint8Array {
    let envelope: FfiRequest;
    try {
      envelope = FfiRequest.decode(bytes);
    } catch (cause) {
      this.onError(
        new OpenImSdkError("the core sent a request that is not an FfiRequest", {
          kind: "invalid-response",
          operation: "FfiRequest",
          cause,
        }),
      );
      return failure(0, 0, ErrorCode.SdkArgs, "malformed FfiRequest");
    }
    const { funcName, handleID, operationID } = envelope;
    const name = ffiNameOf(funcName);
    const row = name === undefined ? undefined : surfaceRow(name);
    if (
      name === undefined ||
      row?.kind !== "interop" ||
      row.request === undefined ||
      row.result === undefined
    ) {
      return failure(
        funcName,
        handleID,
        ErrorCode.SdkArgs,
        `${name ?? funcName} is not a request to the host`,
      );
    }
    const handler = this.handlers.get(name);
    if (!handler)
      return failure(funcName, handleID, ErrorCode.SdkFuncNotFound, `no ${name} handler on this host`);
    const refuse = (message: string, kind: "invalid-request" | "invalid-response", cause?: unknown) => {
      this.onError(new OpenImSdkError(message, { kind, operation: name, funcName, operationID, cause }));
      return failure(funcName, handleID, ErrorCode.SdkInternal, `the host's ${name} handler failed`);
    };
    let request: unknown;
    try {
      request = row.request.decode(envelope.data);
    } catch (cause) {
      return refuse(`the core's ${name} request could not be decoded`, "invalid-response", cause);
    }
    let answer: unknown;
    try {
      answer = handler(request);
    } catch (cause) {
      return refuse(`the ${name} handler threw`, "invalid-request", cause);
    }
    if (isThenable(answer)) {
      // The core waits on this call; a promise cannot be awaited here.
      (answer as Promise<unknown>).then(undefined, () => {});
      return refuse(
        `the ${name} handler returned a promise; it must answer synchronously`,
        "invalid-request",
      );
    }
    try {
      const data = encodeChecked(row.result, answer, `the ${name} answer`);
      return FfiResult.encode({ errCode: 0, errMsg: "", funcName, data, handleID }).finish();
    } catch (cause) {
      return refuse(
        `the ${name} handler's answer was refused: ${(cause as Error).message}`,
        "invalid-request",
        cause,
      );
    }
  }
}

function failure(funcName: number, handleID: number, errCode: number, errMsg: string): Uint8Array {
  return FfiResult.encode({ errCode, errMsg, funcName, data: new Uint8Array(0), handleID }).finish();
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function"
  );
}
