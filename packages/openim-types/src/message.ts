export * from "./gen/message.js";
