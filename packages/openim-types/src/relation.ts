export * from "./gen/relation.js";
