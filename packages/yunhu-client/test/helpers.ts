import { afterEach } from "vitest";
import { createYunhuClient, YunhuApiError, type YunhuClient, type YunhuClientOptions } from "../src/index.js";
import {
  defaultFakeUser,
  type FakeYunhuServer,
  type FakeYunhuServerOptions,
  startFakeYunhuServer,
} from "../src/testing/index.js";

/** Short backoff so retry tests stay fast; the policy itself is the one users get. */
export const fastRetry = { retries: 2, minDelayMs: 1, maxDelayMs: 4, jitter: false } as const;

export const group = { chatId: "group-1", chatType: 2 } as const;

const open: FakeYunhuServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** A fake server on 127.0.0.1 (closed after the test) and a client pointed at it. */
export async function startFakeAndClient(
  clientOptions: Partial<YunhuClientOptions> = {},
  serverOptions: FakeYunhuServerOptions = {},
): Promise<{ fake: FakeYunhuServer; client: YunhuClient }> {
  const fake = await startFakeYunhuServer(serverOptions);
  open.push(fake);
  const token = serverOptions.users?.[0]?.token ?? defaultFakeUser.token;
  const client = createYunhuClient({ token, baseUrl: fake.url, retry: fastRetry, ...clientOptions });
  return { fake, client };
}

/** Awaits a promise that must reject with YunhuApiError and returns the error. */
export async function rejectionOf(promise: Promise<unknown>): Promise<YunhuApiError> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    if (error instanceof YunhuApiError) return error;
    throw new Error(`expected a YunhuApiError, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected a rejection, got ${JSON.stringify(outcome)}`);
}

/** Sends `count` text messages "m1".."mN" to `chat` and returns their msgIds in order. */
export async function sendTexts(client: YunhuClient, chat: typeof group, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const { msgId } = await client.sendMessage({ ...chat, contentType: 1, data: { text: `m${i}` } });
    ids.push(msgId);
  }
  return ids;
}
