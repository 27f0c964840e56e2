export { type CallProgressEvents, callProgressEvents } from "./call-progress.js";
export {
  createOpenImSdk,
  type OpenImSdk,
  type OpenImSdkControl,
  type OpenImSdkOptions,
} from "./create-openim-sdk.js";
export { errorCodeName } from "./error-code-name.js";
export type { EventStream, EventStreamOptions } from "./event-stream.js";
export {
  isOpenImSdkError,
  OpenImSdkError,
  type OpenImSdkErrorDetails,
  type OpenImSdkErrorJson,
} from "./openim-sdk-error.js";
export { methodNameOf, sdkEventNames, sdkFunctionNames, sdkInteropNames } from "./sdk-surface.js";
export type {
  OpenImCallOptions,
  OpenImCoreAnswer,
  OpenImCoreRequest,
  OpenImEvent,
  OpenImEventData,
  OpenImEventName,
  OpenImFunctionName,
  OpenImInteropName,
  OpenImMethodName,
  OpenImProgress,
  OpenImRequest,
  OpenImResponse,
  OpenImSdkMethods,
} from "./sdk-surface-types.js";
export type {
  FfiCoreRequestHandler,
  FfiHandle,
  FfiResultSink,
  OpenImSdkTransport,
} from "./sdk-transport.js";
