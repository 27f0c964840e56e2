import { afterEach } from "vitest";
import { createRestClient, type RestClient, type RestClientOptions } from "../src/index.js";
import {
  type FakeRestServer,
  type FakeRestServerOptions,
  startFakeRestServer,
} from "../src/testing/index.js";

export const appId = "app-test";
/** Distinctive so a leak into any message is easy to spot. */
export const accessToken = "tok_SECRET_5f2b9c0e7a41";

const running: FakeRestServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** A fake server (closed after the test) and a client pointed at it with fast retries. */
export async function setup(
  clientOptions: Partial<RestClientOptions> = {},
  serverOptions: FakeRestServerOptions = {},
): Promise<{ server: FakeRestServer; client: RestClient }> {
  const server = await startFakeRestServer({ appId, accessToken, ...serverOptions });
  running.push(server);
  const client = createRestClient({
    baseUrl: server.url,
    appId,
    accessToken,
    retry: { minDelayMs: 1, maxDelayMs: 5 },
    ...clientOptions,
  });
  return { server, client };
}

/** The rejection of a promise that must reject. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject");
}
