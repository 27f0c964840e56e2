import { inspect } from "node:util";
import { ChatwireError, type ChatwireErrorDetails, hasErrorBrand } from "@chatwire/errors";
import { afterEach } from "vitest";
import { createHttpCaller, type HttpCallerOptions } from "../src/index.js";
import { type HostileHandler, type HostileServer, startHostileServer } from "../src/testing/index.js";

/** A client error class of its own, to check that every failure comes out as the client's class. */
export class TestClientError extends ChatwireError {
  static override readonly brand = "TestClientError";
  override name = "TestClientError";
  readonly serverMessage: string | undefined;
  constructor(message: string, details: ChatwireErrorDetails & { serverMessage?: string }) {
    super(message, details);
    this.serverMessage = details.serverMessage;
  }
}

export const isTestClientError = (value: unknown): value is TestClientError =>
  hasErrorBrand(value, TestClientError.brand);

export const token = "tk-7f3a9c1e5b2d4f60";

const open: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** A hostile server on 127.0.0.1, closed after the test. */
export async function hostile(handler: HostileHandler): Promise<HostileServer> {
  const server = await startHostileServer(handler);
  open.push(server);
  return server;
}

/** A caller with the test's error class and token, no retries unless asked. */
export function callerFor(baseUrl: string, options: Partial<HttpCallerOptions> = {}) {
  return createHttpCaller({
    baseUrl,
    secrets: [token],
    createError: (message, details) => new TestClientError(message, details),
    retry: false,
    ...options,
  });
}

/** Awaits a promise that must reject with the client's error class and returns it. */
export async function rejectionOf(promise: Promise<unknown>): Promise<TestClientError> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    if (isTestClientError(error)) return error;
    throw new Error(`expected a TestClientError, got ${inspect(error)}`, { cause: error });
  }
  throw new Error(`expected a rejection, got ${inspect(outcome)}`);
}

/** Every text an error exposes: message, stack, inspect (with causes), JSON. */
export function everythingSaid(error: unknown): string {
  return [
    String(error),
    (error as Error).stack ?? "",
    inspect(error, { depth: 10 }),
    JSON.stringify(error),
  ].join("\n");
}

export interface Measured<T> {
  readonly value: T;
  readonly ms: number;
  /** Largest RSS growth seen while running, sampled every 5 ms, in MiB. */
  readonly rssGrowthMiB: number;
}

/**
 * Runs `work` and reports its wall time and the peak RSS growth while it ran. A sanity bound for
 * hostile cases (an unbounded read grows RSS by hundreds of MiB), not a speed assertion. Set
 * CHATWIRE_MEASURE=1 to print the numbers.
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
