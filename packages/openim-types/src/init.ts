export * from "./gen/init.js";
