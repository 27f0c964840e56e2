export interface Measured<T> {
  readonly value: T;
  readonly ms: number;
  /** Largest RSS growth seen while running, sampled every 5 ms, in MiB. */
  readonly rssGrowthMiB: number;
}

/**
 * Runs `work` and reports its wall time and the peak RSS growth while it ran: a sanity bound for
 * hostile cases (an unbounded read or decode grows RSS by hundreds of MiB), not a speed
 * assertion. CHATWIRE_MEASURE=1 prints the numbers.
 */
export async function measure<T>(name: string, work: () => Promise<T>): Promise<Measured<T>> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  try {
    const value = await work();
    const ms = Math.round(performance.now() - started);
    peak = Math.max(peak, process.memoryUsage().rss);
    const rssGrowthMiB = Math.round(((peak - before) / 2 ** 20) * 10) / 10;
    if (process.env.CHATWIRE_MEASURE) console.info(`[measure] ${name}: ${ms} ms, RSS +${rssGrowthMiB} MiB`);
    return { value, ms, rssGrowthMiB };
  } finally {
    clearInterval(sampler);
  }
}

/** Sanity bound on RSS growth for a hostile case: far below what an unbounded read costs. */
export const rssBoundMiB = 160;
