export * from "./gen/group.js";
