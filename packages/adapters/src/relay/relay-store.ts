/**
 * Where a source message stands on one route:
 * - `pending`: claimed by a relay instance (see `leaseOwner`), its send may or may not have happened;
 * - `sent`: the target has it (`targetId`, or `"unknown"` when the target system does not say);
 * - `failed`: the last attempt failed (`attempts`, `lastError`); it will be tried again;
 * - `dead`: it failed `maxAttempts` times and is set aside until re-driven;
 * - `skipped`: deliberately not sent (`reason`).
 */
export type RelayState = "pending" | "sent" | "failed" | "dead" | "skipped";

/** What a relay store keeps about one source message of one route. */
export interface RelayRecord {
  routeId: string;
  sourceId: string;
  state: RelayState;
  /** The copy's ID on the target once `sent`; `"unknown"` when the target system does not say. */
  targetId?: string;
  /** The conversation the copy went to, `platform:kind:id`, so a copy read back there is recognised. */
  target?: string;
  /** Failed attempts so far. */
  attempts: number;
  lastError?: string;
  /** Why a `skipped` message was not sent. */
  reason?: string;
  /** The relay instance that holds the claim, and until when (ms since the epoch, the store's clock). */
  leaseOwner?: string;
  leaseExpiresAt?: number;
  /** Milliseconds since the epoch of the last change. */
  updatedAt: number;
}

/** How a claimed message ended; recorded only while the claimant still holds its lease. */
export type RelayOutcome =
  | { state: "sent"; targetId: string; target: string }
  | { state: "skipped"; reason: string }
  /** One more failed attempt; the message becomes `dead` when its attempts reach `maxAttempts`. */
  | { state: "failed"; error: string; maxAttempts: number };

/** The value of `targetId` when the target system does not tell the new message's ID. */
export const UNKNOWN_TARGET_ID = "unknown";

/**
 * What `relay` records, with the one operation that makes a single sender win: `claim`. A claim
 * is atomic — of any number of relay instances claiming the same source message, at most one
 * holds it at a time — and is a lease: when its holder dies, it expires and another instance may
 * claim the message and send it again, with the same idempotency key.
 *
 * Implementations: `createMemoryRelayStore()` (one process), `createSqliteRelayStore()` from
 * `@chatwire/adapters/sqlite` (one machine, survives restarts), `createPostgresRelayStore()` from
 * `@chatwire/adapters/postgres` (many instances on many machines).
 */
export interface RelayStore {
  /**
   * Takes the lease of a source message for `owner`, for `leaseMs`. Succeeds, returning the
   * record (state `pending`, with the attempts so far), when the message is new, `pending` or
   * `failed` and its lease is free, expired or already `owner`'s; answers undefined otherwise
   * (`sent`, `skipped`, `dead`, or held by another live owner).
   */
  claim(routeId: string, sourceId: string, owner: string, leaseMs: number): Promise<RelayRecord | undefined>;
  /**
   * Records the outcome of a claim. Answers the new record, or undefined when `owner` no longer
   * holds the lease (it expired and another instance claimed the message): nothing is changed then.
   */
  settle(
    routeId: string,
    sourceId: string,
    owner: string,
    outcome: RelayOutcome,
  ): Promise<RelayRecord | undefined>;
  get(routeId: string, sourceId: string): Promise<RelayRecord | undefined>;
  /** The route's records in the given states, oldest change first. */
  list(routeId: string, states: readonly RelayState[]): Promise<RelayRecord[]>;
  /** Whether `messageId` in conversation `target` is a copy some route sent there. */
  isCopy(target: string, messageId: string): Promise<boolean>;
  /** Turns dead letters (all of the route's, or those named) back into `failed` with no attempts; answers how many. */
  redrive(routeId: string, sourceIds?: readonly string[]): Promise<number>;
  /** Releases what the store holds (connections, file handles). */
  close(): Promise<void>;
}

/** Whether a claim may be taken over: no lease, an expired one, or the claimant's own. */
export function leaseIsFree(record: RelayRecord, owner: string, now: number): boolean {
  return (
    record.leaseOwner === undefined ||
    record.leaseOwner === owner ||
    record.leaseExpiresAt === undefined ||
    record.leaseExpiresAt <= now
  );
}

/** The record after an outcome: the state machine every store follows. */
export function settledRecord(record: RelayRecord, outcome: RelayOutcome, at: number): RelayRecord {
  const { leaseOwner: _owner, leaseExpiresAt: _expiry, ...rest } = record;
  switch (outcome.state) {
    case "sent":
      return { ...rest, state: "sent", targetId: outcome.targetId, target: outcome.target, updatedAt: at };
    case "skipped":
      return { ...rest, state: "skipped", reason: outcome.reason, updatedAt: at };
    case "failed": {
      const attempts = record.attempts + 1;
      // A failed message keeps its lease: its holder retries it after a backoff.
      return attempts >= outcome.maxAttempts
        ? { ...rest, state: "dead", attempts, lastError: outcome.error, updatedAt: at }
        : { ...record, state: "failed", attempts, lastError: outcome.error, updatedAt: at };
    }
  }
}
