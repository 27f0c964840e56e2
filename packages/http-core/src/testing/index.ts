export {
  deeplyNestedJson,
  sendCompressionBomb,
  sendEndlessBody,
  sendTrickle,
  zeroStream,
} from "./hostile-bodies.js";
export {
  type HostileHandler,
  type HostileServer,
  type SeenRequest,
  startHostileServer,
} from "./hostile-server.js";
