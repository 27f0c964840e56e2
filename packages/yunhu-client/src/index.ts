export type * as msgJson from "./gen/msg-json.js";
export * as msg from "./gen/v1/msg.js";
