export * from "./gen/google/protobuf/any.js";
