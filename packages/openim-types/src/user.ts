export * from "./gen/user.js";
