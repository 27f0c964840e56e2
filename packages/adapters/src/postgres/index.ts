export { createPostgresRelayStore, type PostgresRelayStoreOptions } from "./postgres-relay-store.js";
