export * from "./gen/shared.js";
