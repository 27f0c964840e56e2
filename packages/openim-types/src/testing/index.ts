export { groupConversationID, singleConversationID } from "./conversation-id.js";
export {
  createFakeOpenImCore,
  type FakeOpenImCore,
  type FakeOpenImCoreOptions,
  fakeCoreFunctions,
} from "./fake-core.js";
export { FakeCoreErrorCode } from "./fake-fault.js";
export {
  createFakeOpenImServer,
  type FakeOpenImServer,
  type FakeOpenImServerOptions,
} from "./fake-server.js";
