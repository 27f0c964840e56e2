export * as common from "./common.js";
export * as event from "./event.js";
export * as ffi from "./ffi.js";
export * as message from "./message.js";
export * as shared from "./shared.js";
