import pg from "pg";
import { ChatwireAdapterError } from "../conversion/adapter-errors.js";
import type { RelayOutcome, RelayStore } from "../relay/relay-store.js";
import { boundedError, checkedTableName, type RelayRow, recordOfRow } from "../relay/sql-relay-rows.js";

/** What the store needs of a connection: `pg.PoolClient` fits. */
export interface PostgresPoolClient {
  // biome-ignore lint/suspicious/noExplicitAny: rows are typed by the store, whatever the driver's generics say.
  query(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  release(): void;
}

/** What the store needs of a pool: `pg.Pool` fits (without this package's types depending on pg's). */
export interface PostgresPool {
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  query(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  connect(): Promise<PostgresPoolClient>;
}

/** Where the PostgreSQL store keeps its records: a connection string or a pool, and the table. */
export type PostgresRelayStoreOptions = (
  | {
      /** `postgres://user@host:5432/db`; the store opens a pool and closes it on `close()`. */ connectionString: string;
      pool?: undefined;
    }
  | { /** A pool the caller owns (and closes). */ pool: PostgresPool; connectionString?: undefined }
) & {
  /** Table name, optionally schema-qualified. Default `chatwire_relay`. */
  table?: string;
  /** Connections of the store's own pool. Default 4. */
  maxConnections?: number;
};

/** The table's schema, one step per version; `migrate` applies the steps a database lacks. */
const migrations: ((table: string, plain: string) => string)[] = [
  (table, plain) => `
    CREATE TABLE IF NOT EXISTS ${table} (
      route_id text NOT NULL,
      source_id text NOT NULL,
      state text NOT NULL CHECK (state IN ('pending', 'sent', 'failed', 'dead', 'skipped')),
      target text,
      target_id text,
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      reason text,
      lease_owner text,
      lease_expires_at bigint,
      updated_at bigint NOT NULL,
      PRIMARY KEY (route_id, source_id)
    );
    CREATE INDEX IF NOT EXISTS ${plain}_by_target ON ${table} (target, target_id) WHERE state = 'sent';
    CREATE INDEX IF NOT EXISTS ${plain}_by_state ON ${table} (route_id, state, updated_at);`,
];

/** The database's clock in ms: every instance's leases are measured against one clock. */
const NOW = "(extract(epoch from clock_timestamp()) * 1000)::bigint";

/**
 * A `RelayStore` in PostgreSQL (the `pg` driver), for relay instances on many machines. A claim is
 * one `INSERT … ON CONFLICT DO UPDATE … WHERE` statement: the row lock it takes makes exactly one
 * of any number of concurrent claimants win, and leases run on the database's clock. The schema
 * is created, or migrated, on first use, under an advisory lock so instances starting together
 * do not race.
 */
export function createPostgresRelayStore(options: PostgresRelayStoreOptions): RelayStore & {
  /** Resolves once the schema is in place; every method waits for it. */
  ready(): Promise<void>;
} {
  const table = checkedTableName(options.table ?? "chatwire_relay");
  const plain = table.replace(".", "_");
  const ownPool = options.pool === undefined;
  if (ownPool && typeof options.connectionString !== "string") {
    throw new ChatwireAdapterError("createPostgresRelayStore needs a connectionString or a pool", {
      operation: "relay store",
    });
  }
  const pool: PostgresPool =
    options.pool ??
    new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 4 });
  let schema: Promise<void> | undefined;
  const ready = () => {
    schema ??= migrate(pool, table, plain).catch((error: unknown) => {
      schema = undefined;
      throw error;
    });
    return schema;
  };
  const rows = async (sql: string, values: unknown[]): Promise<RelayRow[]> => {
    await ready();
    return (await pool.query(sql, values)).rows;
  };
  const one = async (sql: string, values: unknown[]) => {
    const [row] = await rows(sql, values);
    return row ? recordOfRow(row) : undefined;
  };

  const held =
    "WHERE route_id = $1 AND source_id = $2 AND lease_owner = $3 AND state IN ('pending', 'failed')";
  const settleSql = (outcome: RelayOutcome): [string, unknown[]] => {
    switch (outcome.state) {
      case "sent":
        return [
          `UPDATE ${table} SET state = 'sent', target = $4, target_id = $5, lease_owner = NULL,
             lease_expires_at = NULL, updated_at = ${NOW} ${held} RETURNING *`,
          [outcome.target, outcome.targetId],
        ];
      case "skipped":
        return [
          `UPDATE ${table} SET state = 'skipped', reason = $4, lease_owner = NULL,
             lease_expires_at = NULL, updated_at = ${NOW} ${held} RETURNING *`,
          [outcome.reason],
        ];
      case "failed":
        return [
          `UPDATE ${table} SET attempts = attempts + 1, last_error = $4,
             state = CASE WHEN attempts + 1 >= $5 THEN 'dead' ELSE 'failed' END,
             lease_owner = CASE WHEN attempts + 1 >= $5 THEN NULL ELSE lease_owner END,
             lease_expires_at = CASE WHEN attempts + 1 >= $5 THEN NULL ELSE lease_expires_at END,
             updated_at = ${NOW} ${held} RETURNING *`,
          [boundedError(outcome.error), outcome.maxAttempts],
        ];
    }
  };

  return {
    ready,
    async claim(routeId, sourceId, owner, leaseMs) {
      await ready();
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        // A claim need not wait for its commit to reach the disk: the outcome that follows is
        // committed synchronously, which flushes the claim with it, and a claim lost in a server
        // crash leaves the message unclaimed, to be sent again with the same idempotency key.
        await client.query("SET LOCAL synchronous_commit TO OFF");
        const claimed: { rows: RelayRow[] } = await client.query(
          `INSERT INTO ${table} AS r (route_id, source_id, state, attempts, lease_owner, lease_expires_at, updated_at)
           VALUES ($1, $2, 'pending', 0, $3, ${NOW} + $4, ${NOW})
           ON CONFLICT (route_id, source_id) DO UPDATE SET
             state = 'pending', lease_owner = excluded.lease_owner,
             lease_expires_at = excluded.lease_expires_at, updated_at = excluded.updated_at
           WHERE r.state IN ('pending', 'failed')
             AND (r.lease_owner IS NULL OR r.lease_owner = excluded.lease_owner
                  OR r.lease_expires_at IS NULL OR r.lease_expires_at <= excluded.updated_at)
           RETURNING *`,
          [routeId, sourceId, owner, Math.floor(leaseMs)],
        );
        await client.query("COMMIT");
        const [row] = claimed.rows;
        return row ? recordOfRow(row) : undefined;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    settle(routeId, sourceId, owner, outcome) {
      const [sql, values] = settleSql(outcome);
      return one(sql, [routeId, sourceId, owner, ...values]);
    },
    get: (routeId, sourceId) =>
      one(`SELECT * FROM ${table} WHERE route_id = $1 AND source_id = $2`, [routeId, sourceId]),
    async list(routeId, states) {
      const found = await rows(
        `SELECT * FROM ${table} WHERE route_id = $1 AND state = ANY($2::text[]) ORDER BY updated_at, source_id`,
        [routeId, [...states]],
      );
      return found.map(recordOfRow);
    },
    async isCopy(target, messageId) {
      return (
        (
          await rows(
            `SELECT 1 FROM ${table} WHERE target = $1 AND target_id = $2 AND state = 'sent' LIMIT 1`,
            [target, messageId],
          )
        ).length > 0
      );
    },
    async redrive(routeId, sourceIds) {
      // Rows another transaction is changing right now are left alone: they are not dead letters for long.
      const found = await rows(
        `UPDATE ${table} SET state = 'failed', attempts = 0, updated_at = ${NOW}
         WHERE (route_id, source_id) IN (
           SELECT route_id, source_id FROM ${table}
           WHERE route_id = $1 AND state = 'dead' AND ($2::text[] IS NULL OR source_id = ANY($2::text[]))
           FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        [routeId, sourceIds ? [...sourceIds] : null],
      );
      return found.length;
    },
    async close() {
      if (ownPool) await (pool as unknown as pg.Pool).end();
    },
  };
}

async function migrate(pool: PostgresPool, table: string, plain: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // One instance migrates; the others wait here and then find the schema current.
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", ["chatwire_relay_schema"]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS chatwire_schema_versions (name text PRIMARY KEY, version integer NOT NULL)",
    );
    const current: { rows: { version: number }[] } = await client.query(
      "SELECT version FROM chatwire_schema_versions WHERE name = $1",
      [table],
    );
    for (let step = current.rows[0]?.version ?? 0; step < migrations.length; step++) {
      await client.query(migrations[step]!(table, plain));
      await client.query(
        `INSERT INTO chatwire_schema_versions (name, version) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET version = excluded.version`,
        [table, step + 1],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
