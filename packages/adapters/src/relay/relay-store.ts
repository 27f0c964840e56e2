/** What the relay remembers about one source message. */
export interface RelayRecord {
  /** `pending` while a send is under way; a restart resends it with the same idempotency key. */
  state: "pending" | "relayed" | "skipped";
  /** The message's ID on the target, once known. */
  targetId?: string;
  /** Milliseconds since the Unix epoch of the last change. */
  at: number;
}

/**
 * Where `relay` keeps what it has done, so a restarted relay neither repeats nor misses messages.
 * Any key-value store fits (a file, Redis, SQL): values are small JSON-friendly objects.
 */
export interface RelayStore {
  get(key: string): Promise<RelayRecord | undefined>;
  set(key: string, record: RelayRecord): Promise<void>;
}

/** A `RelayStore` in memory: survives restarts of `relay` within one process, not of the process. */
export function createMemoryRelayStore(): RelayStore & {
  readonly size: number;
  entries(): [string, RelayRecord][];
} {
  const records = new Map<string, RelayRecord>();
  return {
    get: async (key) => {
      const record = records.get(key);
      return record ? { ...record } : undefined;
    },
    set: async (key, record) => {
      records.set(key, { ...record });
    },
    get size() {
      return records.size;
    },
    entries: () => [...records.entries()].map(([key, record]) => [key, { ...record }]),
  };
}
