import { WireWriter } from "@chatwire/protobuf-runtime";
import { FfiRequest } from "../gen/ffi.js";
import {
  type FfiFunctionName,
  type FfiInteropName,
  type FfiName,
  type FfiRequestPayloads,
  ffiRegistry,
} from "../gen/ffi-registry.js";
import { FfiDecodeError, FfiEncodeError } from "./ffi-errors.js";
import { type FfiFuncName, ffiNameOf, isFfiName } from "./ffi-names.js";
import { decodePayload, NO_DATA, writePayloadField } from "./payload-codec.js";

/** Options of `encodeFfiRequest`. */
export interface FfiRequestOptions {
  /** Traces one call through the SDK core's logs; empty when omitted. */
  readonly operationID?: string;
  /** Echoed in the FfiResult so the caller can match answers to calls; 0 when omitted. */
  readonly handleID?: number;
}

interface FfiRequestHead {
  readonly operationID: string;
  readonly handleID: number;
}

/**
 * The names an FfiRequest carries: the functions the host calls, and the interop calls the core
 * makes to its host (WebAssembly build). Events travel only in FfiResults.
 */
export type FfiRequestName = FfiFunctionName | FfiInteropName;

/** A decoded FfiRequest whose funcName this schema names: `data` is typed by `name`. */
export type FfiRequestEnvelope<K extends FfiRequestName = FfiRequestName> = {
  [N in K]: FfiRequestHead & {
    readonly name: N;
    readonly funcName: FfiFuncName<N>;
    readonly data: FfiRequestPayloads[N];
  };
}[K];

/** A FfiRequest from a newer SDK whose funcName this schema lacks: the payload stays bytes. */
export interface UnknownFfiRequest extends FfiRequestHead {
  readonly name: undefined;
  readonly funcName: number;
  readonly data: Uint8Array;
}

/** What `decodeFfiRequest` returns: a known request or one with an unknown name. */
export type DecodedFfiRequest = FfiRequestEnvelope | UnknownFfiRequest;

/** Encodes an FfiRequest whose `data` is `payload` encoded with the message `name` implies. */
export function encodeFfiRequest<K extends FfiRequestName>(
  name: K,
  payload: FfiRequestPayloads[K],
  options: FfiRequestOptions = {},
): Uint8Array {
  if (!isFfiName(name))
    throw new FfiEncodeError(`${String(name)} is not a FuncRequestEventName member`, undefined);
  const { funcName, request, kind } = ffiRegistry[name as FfiName];
  if (kind === "event") throw new FfiEncodeError(eventInRequest(name), funcName);
  try {
    // `data` is the last field, so the head goes first and the payload follows in the same writer.
    const head = {
      operationID: options.operationID ?? "",
      handleID: options.handleID ?? 0,
      funcName,
      data: NO_DATA,
    };
    const writer = new WireWriter();
    FfiRequest.encode(head, writer);
    writePayloadField(writer, request, payload);
    return writer.finish();
  } catch (cause) {
    throw new FfiEncodeError(`cannot encode the ${name} request`, funcName, cause);
  }
}

/** Decodes an FfiRequest and its payload; throws FfiDecodeError for malformed bytes. */
export function decodeFfiRequest(bytes: Uint8Array): DecodedFfiRequest {
  let request: FfiRequest;
  try {
    request = FfiRequest.decode(bytes);
  } catch (cause) {
    throw new FfiDecodeError("malformed FfiRequest", undefined, cause);
  }
  const { operationID, handleID, funcName } = request;
  const name = ffiNameOf(funcName);
  if (name === undefined) return { name, funcName, operationID, handleID, data: request.data };
  const { kind, request: codec } = ffiRegistry[name];
  if (kind === "event")
    throw new FfiDecodeError("malformed FfiRequest", funcName, new RangeError(eventInRequest(name)));
  try {
    const data = decodePayload(codec, request.data);
    return { name, funcName, operationID, handleID, data } as FfiRequestEnvelope;
  } catch (cause) {
    throw new FfiDecodeError(`malformed ${name} request payload`, funcName, cause);
  }
}

function eventInRequest(name: string): string {
  return `${name} is an event: the core sends it in an FfiResult, never in an FfiRequest`;
}
