export { createSqliteRelayStore, type SqliteRelayStoreOptions } from "./sqlite-relay-store.js";
