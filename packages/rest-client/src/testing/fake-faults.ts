/** A misbehaviour the fake server plays instead of (or before) answering normally. */
export interface FakeFault {
  /** Wait this long first. Alone, the request is then handled normally (and takes effect). */
  delayMs?: number;
  /** Destroy the connection without answering. */
  reset?: boolean;
  /** Answer with this HTTP status (and `body`, `headers`) instead of handling the request. */
  status?: number;
  headers?: Record<string, string>;
  /** Raw body text for `status`, e.g. invalid JSON. */
  body?: string;
  /** Answer HTTP 200 with this envelope instead of handling the request: a business error. */
  envelope?: { code: number; message?: string | null; data?: unknown };
}

/** Faults queued per operation ("POST /message/send") or for any operation ("*"). */
export class FaultPlan {
  private readonly queues = new Map<string, FakeFault[]>();

  add(operation: string, faults: FakeFault[]): void {
    const queue = this.queues.get(operation) ?? [];
    queue.push(...faults);
    this.queues.set(operation, queue);
  }

  /** The next fault for this request, consumed. */
  take(operation: string): FakeFault | undefined {
    return this.queues.get(operation)?.shift() ?? this.queues.get("*")?.shift();
  }

  clear(): void {
    this.queues.clear();
  }
}
