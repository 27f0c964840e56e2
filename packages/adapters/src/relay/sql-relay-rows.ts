import { ChatwireAdapterError } from "../conversion/adapter-errors.js";
import type { RelayRecord, RelayState } from "./relay-store.js";

/** One row of a SQL relay table, as both drivers return it (PostgreSQL `bigint` comes back as text). */
export interface RelayRow {
  route_id: string;
  source_id: string;
  state: string;
  target: string | null;
  target_id: string | null;
  attempts: number | string;
  last_error: string | null;
  reason: string | null;
  lease_owner: string | null;
  lease_expires_at: number | string | null;
  updated_at: number | string;
}

const relayStates: ReadonlySet<string> = new Set<RelayState>([
  "pending",
  "sent",
  "failed",
  "dead",
  "skipped",
]);

/** A row as a `RelayRecord`, leaving out what is not set. */
export function recordOfRow(row: RelayRow): RelayRecord {
  if (!relayStates.has(row.state))
    throw new ChatwireAdapterError(`relay store row has an unknown state "${row.state}"`, {
      kind: "invalid-response",
      operation: "relay store",
    });
  const record: RelayRecord = {
    routeId: row.route_id,
    sourceId: row.source_id,
    state: row.state as RelayState,
    attempts: Number(row.attempts),
    updatedAt: Number(row.updated_at),
  };
  if (row.target !== null) record.target = row.target;
  if (row.target_id !== null) record.targetId = row.target_id;
  if (row.last_error !== null) record.lastError = row.last_error;
  if (row.reason !== null) record.reason = row.reason;
  if (row.lease_owner !== null) record.leaseOwner = row.lease_owner;
  if (row.lease_expires_at !== null) record.leaseExpiresAt = Number(row.lease_expires_at);
  return record;
}

/** Longest error text a store keeps: enough to diagnose, bounded whatever a system answered. */
export const MAX_ERROR_LENGTH = 2000;

export const boundedError = (error: string) =>
  error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH)}…` : error;

/** A table name that is safe to splice into SQL: letters, digits and underscores, optionally schema-qualified. */
export function checkedTableName(table: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/.test(table)) {
    throw new ChatwireAdapterError(
      `relay store table name "${table}" must be letters, digits and underscores`,
    );
  }
  return table;
}
