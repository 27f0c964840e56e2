export { groupConversationID, singleConversationID } from "./conversation-id.js";
export {
  createFakeOpenImCore,
  type FakeOpenImCore,
  type FakeOpenImCoreOptions,
  fakeCoreFunctions,
  type HostAnswer,
} from "./fake-core.js";
export {
  createFakeOpenImServer,
  type FakeOpenImServer,
  type FakeOpenImServerOptions,
} from "./fake-server.js";
export { GroupRole } from "./group-state.js";
export { type LoginFakeOpenImSdkOptions, loginFakeOpenImSdk } from "./login-fake-sdk.js";
export { fakeCoreVersion } from "./session-handlers.js";
