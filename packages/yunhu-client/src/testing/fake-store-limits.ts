/**
 * How much the fake keeps, so a long test run (or a test that floods it) cannot grow its memory
 * without bound. When a limit is reached the oldest entries go first:
 * - messages: the oldest message of the whole store is evicted (with its edit records) once there
 *   are more than `maxStoredMessages`, or their encoded size passes `maxStoredBytes`; sequences
 *   keep counting, so an evicted message's `msgSeq` is never reused;
 * - `requests`, `buttonReports`, `downloadRecords`: only the latest `maxLogEntries` are kept;
 * - edit records: the latest `maxEditRecordsPerMessage` of each message.
 */
export interface FakeStoreLimits {
  /** Default 10 000. */
  readonly maxStoredMessages?: number;
  /** Default 64 MiB, counting each message's encoded size. */
  readonly maxStoredBytes?: number;
  /** Default 10 000. */
  readonly maxLogEntries?: number;
  /** Default 100. */
  readonly maxEditRecordsPerMessage?: number;
}

/** How much the fake keeps when given no limits. */
export const defaultFakeStoreLimits: Required<FakeStoreLimits> = Object.freeze({
  maxStoredMessages: 10_000,
  maxStoredBytes: 64 * 1024 * 1024,
  maxLogEntries: 10_000,
  maxEditRecordsPerMessage: 100,
});

export function resolveFakeStoreLimits(limits: FakeStoreLimits | undefined): Required<FakeStoreLimits> {
  const resolved = { ...defaultFakeStoreLimits, ...limits };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`limits.${name} must be a whole number >= 1, got ${String(value)}`);
    }
  }
  return resolved;
}

/** A list that keeps only its latest `capacity` entries. `entries` is the live list, oldest first. */
export class BoundedLog<T> {
  readonly entries: T[] = [];

  constructor(private readonly capacity: number) {}

  add(entry: T): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }
}
