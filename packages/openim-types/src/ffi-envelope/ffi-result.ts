import { WireWriter } from "@chatwire/protobuf-runtime";
import { FfiResult } from "../gen/ffi.js";
import { type FfiName, type FfiResultPayloads, ffiRegistry } from "../gen/ffi-registry.js";
import { FfiDecodeError, FfiEncodeError } from "./ffi-errors.js";
import { type FfiFuncName, ffiNameOf, isFfiName } from "./ffi-names.js";
import { decodePayload, NO_DATA, writePayloadField } from "./payload-codec.js";

/** Options of `encodeFfiResult`. */
export interface FfiResultOptions {
  /** The handleID of the request being answered; 0 for events and when omitted. */
  readonly handleID?: number;
}

/** Options of an FFI result that carries an error. */
export interface FfiErrorOptions extends FfiResultOptions {
  /** Non-zero: the SDK core's error code. */
  readonly errCode: number;
  readonly errMsg: string;
}

interface FfiResultHead {
  readonly handleID: number;
  readonly errMsg: string;
}

/** A successful FfiResult whose funcName this schema names: `data` is typed by `name`. */
export type FfiResultEnvelope<K extends FfiName = FfiName> = {
  [N in K]: FfiResultHead & {
    readonly ok: true;
    readonly name: N;
    readonly funcName: FfiFuncName<N>;
    readonly errCode: 0;
    readonly data: FfiResultPayloads[N];
  };
}[K];

/** A successful FfiResult from a newer SDK whose funcName this schema lacks: the payload stays bytes. */
export interface UnknownFfiResult extends FfiResultHead {
  readonly ok: true;
  readonly name: undefined;
  readonly funcName: number;
  readonly errCode: 0;
  readonly data: Uint8Array;
}

/** An FfiResult with errCode ≠ 0: the error, and no payload. */
export interface FfiResultFailure extends FfiResultHead {
  readonly ok: false;
  readonly name: FfiName | undefined;
  readonly funcName: number;
  readonly errCode: number;
  readonly data: undefined;
}

/** What `decodeFfiResult` returns: a known result, one with an unknown name, or a failure. */
export type DecodedFfiResult = FfiResultEnvelope | UnknownFfiResult | FfiResultFailure;

/**
 * Encodes an FfiResult: the answer to function `name` (its `XResp`), or the data of event `name`
 * (its `EventOnXData`). Pass `undefined` as payload with `{ errCode, errMsg }` to encode a failure.
 */
export function encodeFfiResult<K extends FfiName>(
  name: K,
  payload: FfiResultPayloads[K],
  options?: FfiResultOptions,
): Uint8Array;
export function encodeFfiResult(name: FfiName, payload: undefined, options: FfiErrorOptions): Uint8Array;
export function encodeFfiResult(
  name: FfiName,
  payload: unknown,
  options: FfiResultOptions & Partial<FfiErrorOptions> = {},
): Uint8Array {
  if (!isFfiName(name))
    throw new FfiEncodeError(`${String(name)} is not a FuncRequestEventName member`, undefined);
  const { funcName, result } = ffiRegistry[name];
  const errCode = options.errCode ?? 0;
  if (errCode !== 0 && payload !== undefined) {
    throw new FfiEncodeError(`a failed ${name} result carries no payload`, funcName);
  }
  if (errCode === 0 && options.errCode !== undefined) {
    throw new FfiEncodeError(`a failed ${name} result needs a non-zero errCode`, funcName);
  }
  try {
    // Fields go in number order and `data` (4) comes before handleID (5): the envelope is written
    // in two parts around the payload, all in one writer.
    const writer = new WireWriter();
    FfiResult.encode({ errCode, errMsg: options.errMsg ?? "", funcName, data: NO_DATA, handleID: 0 }, writer);
    if (errCode === 0) writePayloadField(writer, result, payload);
    const handleID = options.handleID ?? 0;
    if (handleID !== 0)
      FfiResult.encode({ errCode: 0, errMsg: "", funcName: 0, data: NO_DATA, handleID }, writer);
    return writer.finish();
  } catch (cause) {
    throw new FfiEncodeError(`cannot encode the ${name} result`, funcName, cause);
  }
}

/**
 * Decodes an FfiResult and, when it succeeded, its payload. A result with errCode ≠ 0 decodes as
 * `{ ok: false, errCode, errMsg, data: undefined }`. Throws FfiDecodeError for malformed bytes.
 */
export function decodeFfiResult(bytes: Uint8Array): DecodedFfiResult {
  let result: FfiResult;
  try {
    result = FfiResult.decode(bytes);
  } catch (cause) {
    throw new FfiDecodeError("malformed FfiResult", undefined, cause);
  }
  const { errCode, errMsg, funcName, handleID } = result;
  const name = ffiNameOf(funcName);
  if (errCode !== 0) return { ok: false, name, funcName, errCode, errMsg, handleID, data: undefined };
  if (name === undefined) return { ok: true, name, funcName, errCode, errMsg, handleID, data: result.data };
  try {
    const data = decodePayload(ffiRegistry[name].result, result.data);
    return { ok: true, name, funcName, errCode, errMsg, handleID, data } as FfiResultEnvelope;
  } catch (cause) {
    throw new FfiDecodeError(`malformed ${name} result payload`, funcName, cause);
  }
}
