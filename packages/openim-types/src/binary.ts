// The binary codecs alone, as plain functions (`encodeIMMessage`, `decodeIMMessage`, ...): a
// bundle that imports only what it calls leaves out the JSON and partial-object methods of the
// `const X` codecs and every codec it does not reach.
export * from "./gen/common.binary.js";
export * from "./gen/conversation.binary.js";
export * from "./gen/event.binary.js";
export * from "./gen/ffi.binary.js";
export * from "./gen/google/protobuf/any.binary.js";
export * from "./gen/group.binary.js";
export * from "./gen/init.binary.js";
export * from "./gen/interop.binary.js";
export * from "./gen/message.binary.js";
export * from "./gen/relation.binary.js";
export * from "./gen/shared.binary.js";
export * from "./gen/third.binary.js";
export * from "./gen/user.binary.js";
