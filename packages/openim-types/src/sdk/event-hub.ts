import {
  BoundedEventQueue,
  type EventStream,
  type EventStreamOptions,
  validBufferSize,
} from "./event-stream.js";

type Listener = (data: unknown) => void;

interface Subscriber {
  readonly names: ReadonlySet<string> | undefined;
  readonly queue: BoundedEventQueue<{ name: string; data: unknown }>;
}

/** Passive events to their listeners and iterators. A listener that throws goes to `onError`. */
export class EventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly subscribers = new Set<Subscriber>();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Whether anyone would receive this event (so the dispatcher can skip decoding it). */
  wants(name: string): boolean {
    if ((this.listeners.get(name)?.size ?? 0) > 0) return true;
    for (const subscriber of this.subscribers)
      if (!subscriber.names || subscriber.names.has(name)) return true;
    return false;
  }

  on(name: string, listener: Listener): () => void {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    // Each subscription is its own entry, so subscribing one function twice needs two unsubscribes.
    const entry: Listener = (data) => listener(data);
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }

  stream(names: ReadonlySet<string> | undefined, options: EventStreamOptions): EventStream<never> {
    const capacity = validBufferSize(options.bufferSize);
    const overflow = options.overflow ?? "error";
    if (overflow !== "error" && overflow !== "drop-oldest") {
      throw new TypeError('events: overflow must be "error" or "drop-oldest"');
    }
    const { signal } = options;
    const onAbort = () => queue.end();
    const subscriber: Subscriber = {
      names,
      queue: new BoundedEventQueue(capacity, overflow, () => {
        this.subscribers.delete(subscriber);
        signal?.removeEventListener("abort", onAbort);
      }),
    };
    const { queue } = subscriber;
    this.subscribers.add(subscriber);
    if (signal?.aborted) queue.end();
    else signal?.addEventListener("abort", onAbort, { once: true });
    const stream = {
      get dropped() {
        return queue.dropped;
      },
      next: () => queue.next(),
      return: () => {
        queue.end();
        return Promise.resolve({ value: undefined, done: true as const });
      },
      [Symbol.asyncIterator]() {
        return stream;
      },
    };
    return stream as unknown as EventStream<never>;
  }

  emit(name: string, data: unknown): void {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        listener(data);
      } catch (error) {
        this.onError(error);
      }
    }
    for (const subscriber of this.subscribers) {
      if (!subscriber.names || subscriber.names.has(name)) subscriber.queue.push({ name, data });
    }
  }

  /** Ends every iterator and forgets every listener. */
  close(): void {
    this.listeners.clear();
    for (const subscriber of [...this.subscribers]) subscriber.queue.end();
  }
}
