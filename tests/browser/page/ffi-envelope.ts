// The FFI envelope: decode FfiRequest/FfiResult bytes with their typed payload, and encode what
// was decoded again from the name and payload alone.
import {
  decodeFfiRequest,
  decodeFfiResult,
  encodeFfiRequest,
  encodeFfiResult,
  FfiDecodeError,
  FfiEncodeError,
  type FfiName,
  ffiRegistry,
} from "@chatwire/openim-types";
import { type ErrorFacts, errorFacts } from "./error-facts.js";

interface JsonCodec {
  toJSON(value: unknown): unknown;
}

/** A decoded envelope as plain data, and its bytes encoded again. */
export interface EnvelopeRoundTrip {
  readonly ok: boolean;
  readonly name: string | undefined;
  readonly funcName: number;
  readonly handleID: number;
  readonly operationID?: string;
  readonly errCode?: number;
  readonly errMsg?: string;
  /** The payload as proto3 JSON, or its bytes when no codec is paired with the name. */
  readonly data: unknown;
  readonly bytes: number[];
}

const payloadJson = (codec: JsonCodec | undefined, data: unknown) =>
  codec === undefined ? Array.from(data as Uint8Array) : codec.toJSON(data);

/** Decodes an FfiResult and encodes it again from name, payload and options. */
export function ffiResultRoundTrip(bytes: number[]): EnvelopeRoundTrip {
  const result = decodeFfiResult(new Uint8Array(bytes));
  if (result.name === undefined) throw new Error(`unknown funcName ${result.funcName}`);
  const name = result.name as FfiName;
  const again = result.ok
    ? encodeFfiResult(name, result.data as never, { handleID: result.handleID })
    : encodeFfiResult(name, undefined, {
        handleID: result.handleID,
        errCode: result.errCode,
        errMsg: result.errMsg,
      });
  const codec = ffiRegistry[name].result as JsonCodec | undefined;
  return {
    ok: result.ok,
    name: result.name,
    funcName: result.funcName,
    handleID: result.handleID,
    errCode: result.errCode,
    errMsg: result.errMsg,
    data: result.ok ? payloadJson(codec, result.data) : undefined,
    bytes: Array.from(again),
  };
}

/** Decodes an FfiRequest and encodes it again from name, payload and options. */
export function ffiRequestRoundTrip(bytes: number[]): EnvelopeRoundTrip {
  const request = decodeFfiRequest(new Uint8Array(bytes));
  if (request.name === undefined) throw new Error(`unknown funcName ${request.funcName}`);
  const name = request.name as FfiName;
  const again = encodeFfiRequest(name as never, request.data as never, {
    operationID: request.operationID,
    handleID: request.handleID,
  });
  const codec = ffiRegistry[name].request as JsonCodec | undefined;
  return {
    ok: true,
    name: request.name,
    funcName: request.funcName,
    handleID: request.handleID,
    operationID: request.operationID,
    data: payloadJson(codec, request.data),
    bytes: Array.from(again),
  };
}

/** What decoding `bytes` as an FfiResult throws. */
export function ffiResultFailure(bytes: number[]): Promise<ErrorFacts> {
  return errorFacts(() => decodeFfiResult(new Uint8Array(bytes)), FfiDecodeError);
}

/** What encoding a request under a name the registry lacks throws. */
export function ffiUnknownNameFailure(name: string): Promise<ErrorFacts> {
  return errorFacts(() => encodeFfiRequest(name as never, undefined as never), FfiEncodeError);
}
