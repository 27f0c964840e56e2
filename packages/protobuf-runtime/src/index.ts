export {
  type DecodeLimits,
  deadlineCheckInterval,
  defaultMaxDepth,
  defaultMaxMessages,
} from "./decode-limits.js";
export { exactInt64, int64FromJSON } from "./int64.js";
export { base64FromBytes, bytesFromBase64, floatToJson, isSet } from "./json-values.js";
export type { BinaryCodec, DeepPartial, MessageFns } from "./message-fns.js";
export {
  enterNested,
  isProtobufNestingError,
  leaveNested,
  maxNestingDepth,
  type NestedOperation,
  ProtobufNestingError,
} from "./nesting-guard.js";
export {
  decodeFailure,
  isProtobufDecodeError,
  ProtobufDecodeError,
  type ProtobufDecodeReason,
} from "./protobuf-decode-error.js";
export {
  keepUnknownField,
  pendingUnknownFields,
  type UnknownFieldQueue,
  type UnknownFields,
  writeTag,
  writeUnknownFieldsBelow,
} from "./unknown-fields.js";
export { WireReader } from "./wire-reader.js";
export { WireType } from "./wire-type.js";
export { WireWriter } from "./wire-writer.js";
