export * from "./gen/common.js";
