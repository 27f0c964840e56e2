import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRestClient, isRestApiError, maximOperations, type RestClient } from "../src/index.js";
import { loadOperation } from "../src/load-operation.js";
import type { RestOperation } from "../src/rest-api-error.js";
import { fakeHandlers } from "../src/testing/fake-handlers.js";
import { type FakeRestServer, sampleInt64, sampleValue, startFakeRestServer } from "../src/testing/index.js";

// Every operation of the spec, called through the client against the fake over real HTTP, with
// every int64 of the input past 2^53 (sent as a bigint) and the fake's answers carrying the same.

let server: FakeRestServer;
let client: RestClient;
const appId = "contract-app";
const accessToken = "contract-admin-token";

beforeAll(async () => {
  server = await startFakeRestServer({ appId, accessToken, maxRecordedRequests: 10 });
  client = createRestClient({ baseUrl: server.url, appId, accessToken, retry: false, userId: sampleInt64 });
});
afterAll(() => server.close());

const functionOf = (call: string) =>
  call.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], client) as (
    ...args: unknown[]
  ) => Promise<unknown>;

/** Codes the fake's modelled operations give for the sample IDs, which name nothing it stores. */
const expectedRefusals = new Set([401, 404, 409]);

describe("every operation against the fake", () => {
  for (const row of maximOperations) {
    it(`${row.call}: ${row.method} ${row.path}`, async () => {
      const { validators } = await loadOperation(row.call, `${row.method} ${row.path}` as RestOperation);
      const args: unknown[] = [];
      if (row.input === "none") args.push({});
      else if (row.input === "text") args.push("some text");
      else args.push(sampleValue(validators.input as never));
      if (row.input === "json+query") args.push({ query: sampleValue(validators.query as never) });

      let result: unknown;
      let refusal: unknown;
      try {
        result = await functionOf(row.call)(...args);
      } catch (error) {
        refusal = error;
      }
      const seen = server.requests.at(-1);
      expect(seen?.method).toBe(row.method);
      expect(seen?.path).toBe(row.path);
      // An int64 past 2^53 reaches the server exactly: in the body, the query or the act-as header.
      const sent = `${seen?.body} ${JSON.stringify(seen?.query)} ${seen?.headers.user_id ?? ""}`;
      if (
        (row.actAs as readonly string[]).includes("user_id") ||
        JSON.stringify(args, (_k, v) => (typeof v === "bigint" ? "big" : v)).includes("big")
      ) {
        expect(sent).toContain(String(sampleInt64));
      }
      if (refusal !== undefined) {
        // Only operations the fake models may refuse, and only as the vendor does: an envelope code.
        expect(Object.hasOwn(fakeHandlers, row.call), String(refusal)).toBe(true);
        expect(
          isRestApiError(refusal) && refusal.kind === "api" && expectedRefusals.has(refusal.code ?? 0),
        ).toBe(true);
        return;
      }
      if (row.answer === "binary") {
        expect(result).toBeInstanceOf(Uint8Array);
      } else if (!Object.hasOwn(fakeHandlers, row.call)) {
        // The fake's derived answer comes back exactly, bigints past 2^53 included.
        const data = sampleValue(validators.answer as never);
        expect(result).toEqual(row.answer === "envelope" ? data : expect.objectContaining({ data }));
      }
    });
  }
});
