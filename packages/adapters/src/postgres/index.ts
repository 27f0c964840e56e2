export {
  createPostgresRelayStore,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresRelayStoreOptions,
} from "./postgres-relay-store.js";
