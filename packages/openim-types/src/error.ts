export * from "./gen/error.js";
