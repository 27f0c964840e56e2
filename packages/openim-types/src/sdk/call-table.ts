import type { OpenImSdkError } from "./openim-sdk-error.js";
import type { PayloadCodec, SurfaceRow } from "./sdk-surface.js";
import type { FfiHandle } from "./sdk-transport.js";

/** A call sent to the core whose result has not come yet. */
export interface PendingCall {
  readonly row: SurfaceRow;
  readonly operationID: string;
  readonly handle: FfiHandle;
  /** How this call's progress is decoded, whatever label it arrives with; undefined: by the label. */
  readonly progressCodec: PayloadCodec | undefined;
  readonly onProgress: ((progress: unknown) => void) | undefined;
  readonly secrets: readonly string[];
  resolve(value: unknown): void;
  reject(error: OpenImSdkError): void;
}

/**
 * How many abandoned (timed-out or aborted) handles are remembered, so that their late progress
 * is ignored and their late result freed quietly. Beyond this, the oldest is forgotten: its late
 * result is still freed, and reported to `onError` as a result nobody waited for.
 */
const abandonedCapacity = 4096;

/** Calls in flight by handle, and the handles of calls given up on. */
export class CallTable {
  private readonly pending = new Map<string, PendingCall>();
  private readonly abandoned = new Map<string, FfiHandle>();

  get size(): number {
    return this.pending.size;
  }

  add(key: string, call: PendingCall): void {
    this.pending.set(key, call);
  }

  get(key: string): PendingCall | undefined {
    return this.pending.get(key);
  }

  /** Removes a call whose result arrived. */
  take(key: string): PendingCall | undefined {
    const call = this.pending.get(key);
    this.pending.delete(key);
    return call;
  }

  /** Removes a call that will not wait for its result; the result is dropped quietly when it comes. */
  abandon(key: string): PendingCall | undefined {
    const call = this.pending.get(key);
    if (!call) return undefined;
    this.pending.delete(key);
    this.abandoned.set(key, call.handle);
    if (this.abandoned.size > abandonedCapacity) {
      const oldest = this.abandoned.keys().next().value as string;
      this.abandoned.delete(oldest);
    }
    return call;
  }

  isAbandoned(key: string): boolean {
    return this.abandoned.has(key);
  }

  /** Forgets an abandoned handle once its result came and was freed. */
  settleAbandoned(key: string): FfiHandle | undefined {
    const handle = this.abandoned.get(key);
    this.abandoned.delete(key);
    return handle;
  }

  /** Abandons every call in flight (for closing) and returns them. */
  abandonAll(): PendingCall[] {
    return [...this.pending.keys()].map((key) => this.abandon(key) as PendingCall);
  }
}
