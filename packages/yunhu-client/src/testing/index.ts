export type {
  FakeButtonReport,
  FakeChat,
  FakeDownloadRecord,
  FakeEditRecord,
  FakeYunhuUser,
} from "./fake-chat-store.js";
export type { FakeFault } from "./fake-faults.js";
export { type FakeStatusCode, fakeStatusCode } from "./fake-refusal.js";
export { defaultFakeStoreLimits, type FakeStoreLimits } from "./fake-store-limits.js";
export {
  defaultFakeUser,
  type FakeRequest,
  type FakeYunhuServer,
  type FakeYunhuServerOptions,
  startFakeYunhuServer,
} from "./fake-yunhu-server.js";
