export * from "./gen/interop.js";
