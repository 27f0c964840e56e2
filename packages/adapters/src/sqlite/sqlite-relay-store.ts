import Database from "better-sqlite3";
import type { RelayOutcome, RelayRecord, RelayState, RelayStore } from "../relay/relay-store.js";
import { boundedError, checkedTableName, type RelayRow, recordOfRow } from "../relay/sql-relay-rows.js";

/** Where the SQLite store keeps its records. */
export interface SqliteRelayStoreOptions {
  /** The database file; created when missing. `":memory:"` for a store that dies with the process. */
  path: string;
  /** Table name. Default `chatwire_relay`. */
  table?: string;
  /** How long a statement waits for another process's write lock, in ms. Default 5000. */
  busyTimeoutMs?: number;
}

/** The table's schema, one step per version; a store opened on an older file applies the steps it lacks. */
const migrations: ((table: string) => string)[] = [
  (table) => `
    CREATE TABLE IF NOT EXISTS ${table} (
      route_id TEXT NOT NULL,
      source_id TEXT NOT NULL,
      state TEXT NOT NULL,
      target TEXT,
      target_id TEXT,
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      reason TEXT,
      lease_owner TEXT,
      lease_expires_at INTEGER,
      updated_at INTEGER NOT NULL,
      PRIMARY KEY (route_id, source_id)
    );
    CREATE INDEX IF NOT EXISTS ${table}_by_target ON ${table} (target, target_id);
    CREATE INDEX IF NOT EXISTS ${table}_by_state ON ${table} (route_id, state, updated_at);`,
];

/**
 * A `RelayStore` in one SQLite file (better-sqlite3): durable across restarts, shared by the
 * relay processes of one machine. Claims are single upsert statements, so of two processes
 * claiming one message exactly one gets it; the file runs in WAL mode so readers never wait.
 */
export function createSqliteRelayStore(options: SqliteRelayStoreOptions): RelayStore {
  const table = checkedTableName(options.table ?? "chatwire_relay");
  const db = new Database(options.path);
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  if (options.path !== ":memory:") db.pragma("journal_mode = WAL");
  migrate(db, table);

  const claimStatement = db.prepare<[Record<string, unknown>], RelayRow>(`
    INSERT INTO ${table} (route_id, source_id, state, attempts, lease_owner, lease_expires_at, updated_at)
    VALUES (@route, @source, 'pending', 0, @owner, @now + @leaseMs, @now)
    ON CONFLICT (route_id, source_id) DO UPDATE SET
      state = 'pending', lease_owner = excluded.lease_owner,
      lease_expires_at = excluded.lease_expires_at, updated_at = excluded.updated_at
    WHERE ${table}.state IN ('pending', 'failed')
      AND (${table}.lease_owner IS NULL OR ${table}.lease_owner = excluded.lease_owner
           OR ${table}.lease_expires_at IS NULL OR ${table}.lease_expires_at <= excluded.updated_at)
    RETURNING *`);
  const held = `WHERE route_id = @route AND source_id = @source AND lease_owner = @owner AND state IN ('pending', 'failed')`;
  const sentStatement = db.prepare<[Record<string, unknown>], RelayRow>(`
    UPDATE ${table} SET state = 'sent', target = @target, target_id = @targetId,
      lease_owner = NULL, lease_expires_at = NULL, updated_at = @now ${held} RETURNING *`);
  const skippedStatement = db.prepare<[Record<string, unknown>], RelayRow>(`
    UPDATE ${table} SET state = 'skipped', reason = @reason,
      lease_owner = NULL, lease_expires_at = NULL, updated_at = @now ${held} RETURNING *`);
  const failedStatement = db.prepare<[Record<string, unknown>], RelayRow>(`
    UPDATE ${table} SET attempts = attempts + 1, last_error = @error,
      state = CASE WHEN attempts + 1 >= @maxAttempts THEN 'dead' ELSE 'failed' END,
      lease_owner = CASE WHEN attempts + 1 >= @maxAttempts THEN NULL ELSE lease_owner END,
      lease_expires_at = CASE WHEN attempts + 1 >= @maxAttempts THEN NULL ELSE lease_expires_at END,
      updated_at = @now ${held} RETURNING *`);
  const getStatement = db.prepare<[string, string], RelayRow>(
    `SELECT * FROM ${table} WHERE route_id = ? AND source_id = ?`,
  );
  const copyStatement = db.prepare<[string, string], { found: number }>(
    `SELECT 1 AS found FROM ${table} WHERE target = ? AND target_id = ? AND state = 'sent' LIMIT 1`,
  );
  const redriveStatement = db.prepare<[Record<string, unknown>]>(
    `UPDATE ${table} SET state = 'failed', attempts = 0, updated_at = @now
     WHERE route_id = @route AND source_id = @source AND state = 'dead'`,
  );
  const redriveAllStatement = db.prepare<[Record<string, unknown>]>(
    `UPDATE ${table} SET state = 'failed', attempts = 0, updated_at = @now WHERE route_id = @route AND state = 'dead'`,
  );
  const redriveNamed = db.transaction((route: string, sourceIds: readonly string[], now: number) =>
    sourceIds.reduce((count, source) => count + redriveStatement.run({ route, source, now }).changes, 0),
  );

  const settle = (route: string, source: string, owner: string, outcome: RelayOutcome) => {
    const now = Date.now();
    const common = { route, source, owner, now };
    switch (outcome.state) {
      case "sent":
        return sentStatement.get({ ...common, target: outcome.target, targetId: outcome.targetId });
      case "skipped":
        return skippedStatement.get({ ...common, reason: outcome.reason });
      case "failed":
        return failedStatement.get({
          ...common,
          error: boundedError(outcome.error),
          maxAttempts: outcome.maxAttempts,
        });
    }
  };

  return {
    async claim(routeId, sourceId, owner, leaseMs) {
      const row = claimStatement.get({ route: routeId, source: sourceId, owner, leaseMs, now: Date.now() });
      return row ? recordOfRow(row) : undefined;
    },
    async settle(routeId, sourceId, owner, outcome) {
      const row = settle(routeId, sourceId, owner, outcome);
      return row ? recordOfRow(row) : undefined;
    },
    async get(routeId, sourceId) {
      const row = getStatement.get(routeId, sourceId);
      return row ? recordOfRow(row) : undefined;
    },
    async list(routeId, states: readonly RelayState[]): Promise<RelayRecord[]> {
      if (states.length === 0) return [];
      const rows = db
        .prepare<string[], RelayRow>(
          `SELECT * FROM ${table} WHERE route_id = ? AND state IN (${states.map(() => "?").join(", ")})
           ORDER BY updated_at, source_id`,
        )
        .all(routeId, ...states);
      return rows.map(recordOfRow);
    },
    async isCopy(target, messageId) {
      return copyStatement.get(target, messageId) !== undefined;
    },
    async redrive(routeId, sourceIds) {
      const now = Date.now();
      if (sourceIds) return redriveNamed(routeId, sourceIds, now);
      return redriveAllStatement.run({ route: routeId, now }).changes;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

/** Brings the table up to the newest schema; the versions of every relay table in the file are kept in one table. */
function migrate(db: Database.Database, table: string): void {
  db.transaction(() => {
    db.exec(
      "CREATE TABLE IF NOT EXISTS chatwire_schema_versions (name TEXT PRIMARY KEY, version INTEGER NOT NULL)",
    );
    const row = db
      .prepare<[string], { version: number }>("SELECT version FROM chatwire_schema_versions WHERE name = ?")
      .get(table);
    for (let step = row?.version ?? 0; step < migrations.length; step++) {
      db.exec(migrations[step]!(table));
      db.prepare(
        "INSERT INTO chatwire_schema_versions (name, version) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version",
      ).run(table, step + 1);
    }
  }).immediate();
}
