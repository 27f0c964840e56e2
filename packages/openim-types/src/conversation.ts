export * from "./gen/conversation.js";
