import { leaseIsFree, type RelayRecord, type RelayStore, settledRecord } from "./relay-store.js";

/** A `RelayStore` in memory: one process's relays share it; nothing survives the process. */
export function createMemoryRelayStore(options: { now?: () => number } = {}): RelayStore & {
  readonly size: number;
  records(): RelayRecord[];
} {
  const now = options.now ?? Date.now;
  const records = new Map<string, RelayRecord>();
  /** `target` and `targetId` of every sent record, for `isCopy`. */
  const copies = new Set<string>();
  const keyOf = (routeId: string, sourceId: string) => JSON.stringify([routeId, sourceId]);
  const copy = (record: RelayRecord | undefined) => (record ? { ...record } : undefined);

  return {
    async claim(routeId, sourceId, owner, leaseMs) {
      const at = now();
      const key = keyOf(routeId, sourceId);
      const record = records.get(key);
      if (record && (record.state === "sent" || record.state === "skipped" || record.state === "dead"))
        return undefined;
      if (record && !leaseIsFree(record, owner, at)) return undefined;
      const claimed: RelayRecord = {
        ...(record ?? { routeId, sourceId, attempts: 0 }),
        state: "pending",
        leaseOwner: owner,
        leaseExpiresAt: at + leaseMs,
        updatedAt: at,
      };
      records.set(key, claimed);
      return { ...claimed };
    },
    async settle(routeId, sourceId, owner, outcome) {
      const key = keyOf(routeId, sourceId);
      const record = records.get(key);
      if (!record || record.leaseOwner !== owner || (record.state !== "pending" && record.state !== "failed"))
        return undefined;
      const settled = settledRecord(record, outcome, now());
      records.set(key, settled);
      if (settled.state === "sent") copies.add(JSON.stringify([settled.target, settled.targetId]));
      return { ...settled };
    },
    async get(routeId, sourceId) {
      return copy(records.get(keyOf(routeId, sourceId)));
    },
    async list(routeId, states) {
      return [...records.values()]
        .filter((record) => record.routeId === routeId && states.includes(record.state))
        .sort((a, b) => a.updatedAt - b.updatedAt)
        .map((record) => ({ ...record }));
    },
    async isCopy(target, messageId) {
      return copies.has(JSON.stringify([target, messageId]));
    },
    async redrive(routeId, sourceIds) {
      let count = 0;
      for (const [key, record] of records) {
        if (record.routeId !== routeId || record.state !== "dead") continue;
        if (sourceIds && !sourceIds.includes(record.sourceId)) continue;
        records.set(key, { ...record, state: "failed", attempts: 0, updatedAt: now() });
        count++;
      }
      return count;
    },
    async close() {},
    get size() {
      return records.size;
    },
    records: () => [...records.values()].map((record) => ({ ...record })),
  };
}
