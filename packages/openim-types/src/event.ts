export * from "./gen/event.js";
