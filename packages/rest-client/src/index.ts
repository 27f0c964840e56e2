export type * as maxim from "./gen/maxim-message.js";
