import { OpenImSdkError } from "./openim-sdk-error.js";

/** Options of an event stream. */
export interface EventStreamOptions {
  /** Events held for a consumer that has not asked for them yet. Default 1024. */
  readonly bufferSize?: number;
  /**
   * What happens when the buffer is full: `"error"` (default) — the iterator yields what it
   * holds, then rejects with an OpenImSdkError of kind `too-large` and ends, so a slow consumer
   * learns it missed events; `"drop-oldest"` — the oldest held event is discarded, and
   * `dropped` counts them.
   */
  readonly overflow?: "error" | "drop-oldest";
  /** Ends the iterator (it returns `done`) when aborted. */
  readonly signal?: AbortSignal;
}

/** An async iterator over events with a bounded buffer; `return()` unsubscribes. */
export interface EventStream<T> extends AsyncIterableIterator<T> {
  /** Events discarded under `overflow: "drop-oldest"`. */
  readonly dropped: number;
}

/**
 * A bounded queue between a push source and a pulling consumer. `push` never blocks and never
 * throws: the dispatcher must not depend on how fast a consumer reads.
 */
export class BoundedEventQueue<T> {
  private readonly items: T[] = [];
  private readonly waiting: Array<{
    resolve(result: IteratorResult<T>): void;
    reject(error: unknown): void;
  }> = [];
  private ended = false;
  private failure: OpenImSdkError | undefined;
  dropped = 0;

  constructor(
    private readonly capacity: number,
    private readonly overflow: "error" | "drop-oldest",
    private readonly onEnd: () => void,
  ) {}

  push(item: T): void {
    if (this.ended || this.failure !== undefined) return;
    const waiter = this.waiting.shift();
    if (waiter) {
      waiter.resolve({ value: item, done: false });
      return;
    }
    if (this.items.length < this.capacity) {
      this.items.push(item);
      return;
    }
    if (this.overflow === "drop-oldest") {
      this.items.shift();
      this.items.push(item);
      this.dropped++;
      return;
    }
    this.failure = new OpenImSdkError(
      `the event buffer overflowed: more than ${this.capacity} events were waiting to be read`,
      { kind: "too-large", operation: "events" },
    );
    this.onEnd();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift() as T, done: false });
    if (this.failure !== undefined) {
      const failure = this.failure;
      this.failure = undefined;
      this.ended = true;
      return Promise.reject(failure);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Ends the stream: waiting consumers get `done`, later pushes are ignored. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = undefined;
    this.items.length = 0;
    for (const waiter of this.waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
    this.onEnd();
  }
}

export function validBufferSize(value: number | undefined): number {
  const size = value ?? 1024;
  if (!Number.isSafeInteger(size) || size < 1) {
    throw new TypeError("events: bufferSize must be a positive integer");
  }
  return size;
}
