/**
 * Misbehaviour the fake can be told to show on upcoming requests, so clients' error handling can
 * be tested over real HTTP:
 * - `status`: answer with this HTTP status (and `Retry-After` when given) without acting;
 * - `delay`: wait `ms` before handling the request normally (the work still happens);
 * - `drop`: close the connection without acting or answering;
 * - `lose-answer`: act on the request, then close the connection instead of answering;
 * - `reply`: answer 200 with this body instead of acting.
 */
export type FakeFault =
  | { readonly kind: "status"; readonly status: number; readonly retryAfter?: string }
  | { readonly kind: "delay"; readonly ms: number }
  | { readonly kind: "drop" }
  | { readonly kind: "lose-answer" }
  | { readonly kind: "reply"; readonly body: Uint8Array | string; readonly contentType?: string };

interface Planned {
  readonly path: string | undefined;
  readonly fault: FakeFault;
  remaining: number;
}

/** The queue of injected faults, consumed in order by the requests they match. */
export class FaultPlan {
  private readonly planned: Planned[] = [];

  add(fault: FakeFault, options: { path?: string; times?: number }): void {
    this.planned.push({ path: options.path, fault, remaining: options.times ?? 1 });
  }

  take(path: string): FakeFault | undefined {
    const index = this.planned.findIndex((p) => p.path === undefined || p.path === path);
    if (index < 0) return undefined;
    const entry = this.planned[index]!;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.planned.splice(index, 1);
    return entry.fault;
  }

  clear(): void {
    this.planned.length = 0;
  }
}
