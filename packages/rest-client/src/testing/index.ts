export type { FakeFault } from "./fake-faults.js";
export { type FakeAnswer, fakeCodes, type NotificationRecord } from "./fake-handlers.js";
export {
  defaultFakeUserId,
  defaultFirstMessageId,
  type FakeRestServer,
  type FakeRestServerOptions,
  type RecordedRequest,
  startFakeRestServer,
} from "./fake-rest-server.js";
export { sampleInt64, sampleValue } from "./sample-value.js";
