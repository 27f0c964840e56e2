export {
  type DecodeLimits,
  isProtobufDecodeError,
  isProtobufNestingError,
  ProtobufDecodeError,
  type ProtobufDecodeReason,
  ProtobufNestingError,
  WireReader,
  WireWriter,
} from "@chatwire/protobuf-runtime";
export * as any from "./any.js";
export * as common from "./common.js";
export * as conversation from "./conversation.js";
export * as error from "./error.js";
export * as event from "./event.js";
export * as ffi from "./ffi.js";
export { FfiDecodeError, FfiEncodeError } from "./ffi-envelope/ffi-errors.js";
export { type FfiFuncName, ffiNameOf, isFfiName } from "./ffi-envelope/ffi-names.js";
export {
  type DecodedFfiRequest,
  decodeFfiRequest,
  encodeFfiRequest,
  type FfiRequestEnvelope,
  type FfiRequestName,
  type FfiRequestOptions,
  type UnknownFfiRequest,
} from "./ffi-envelope/ffi-request.js";
export {
  type DecodedFfiResult,
  decodeFfiResult,
  encodeFfiResult,
  type FfiErrorOptions,
  type FfiResultEnvelope,
  type FfiResultFailure,
  type FfiResultOptions,
  type UnknownFfiResult,
} from "./ffi-envelope/ffi-result.js";
export {
  type FfiEventName,
  type FfiFunctionName,
  type FfiInteropName,
  type FfiName,
  type FfiRegistryEntry,
  type FfiRequestPayloads,
  type FfiResultPayloads,
  ffiRegistry,
} from "./gen/ffi-registry.js";
export * as group from "./group.js";
export * as init from "./init.js";
export * as interop from "./interop.js";
export * as message from "./message.js";
export * as relation from "./relation.js";
export * as shared from "./shared.js";
export * as third from "./third.js";
export * as user from "./user.js";
