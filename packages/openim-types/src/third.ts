export * from "./gen/third.js";
