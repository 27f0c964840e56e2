export * from "./gen/ffi.js";
