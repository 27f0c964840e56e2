export type { FakeFault } from "./fake-faults.js";
export { fakeCodes, type NotificationRecord } from "./fake-operations.js";
export {
  defaultFakeUserId,
  defaultFirstMessageId,
  type FakeRestServer,
  type FakeRestServerOptions,
  type RecordedRequest,
  startFakeRestServer,
} from "./fake-rest-server.js";
