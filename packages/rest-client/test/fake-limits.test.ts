import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createRestClient } from "../src/index.js";
import { type FakeRestServer, fakeCodes, startFakeRestServer } from "../src/testing/index.js";

let server: FakeRestServer;
afterEach(() => server.close());

/** Sends headers and only the first part of a large body; resolves with the answer that comes back. */
function partialPost(url: string, headers: Record<string, string>, declaredBytes: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(
      `${url}/message/send`,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "content-length": declaredBytes },
      },
      (response) => {
        let body = "";
        response.on("data", (chunk) => {
          body += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    request.write("x".repeat(1024));
    // The rest of the body is never sent: only an answer given before reading it can arrive.
  });
}

describe("the fake's own limits", () => {
  it("checks credentials before reading the body", async () => {
    server = await startFakeRestServer({ appId: "app", accessToken: "good-token" });
    const answer = await partialPost(
      server.url,
      { app_id: "app", "access-token": "bad-token" },
      512 * 1024 * 1024,
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ code: fakeCodes.unauthorized });
  });

  it("answers 413 to a body over its limit without reading it all", async () => {
    server = await startFakeRestServer({ maxRequestBytes: 4096 });
    const declared = await partialPost(
      server.url,
      { app_id: "app", "access-token": "any-token" },
      512 * 1024 * 1024,
    );
    expect(declared.status).toBe(413);
    const client = createRestClient({ baseUrl: server.url, appId: "app", accessToken: "any-token-123" });
    const error = await client
      .sendMessage({ targets: [1], type: 1, content: "x".repeat(10_000), content_type: 0 })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "http", status: 413 });
  });

  it("keeps only the most recent requests", async () => {
    server = await startFakeRestServer({ maxRecordedRequests: 3 });
    const client = createRestClient({ baseUrl: server.url, appId: "app", accessToken: "any-token-123" });
    for (let i = 0; i < 5; i++) await client.listUnread({ userId: i + 1 });
    expect(server.requests.map((request) => request.headers.user_id)).toEqual(["3", "4", "5"]);
  });

  it("keeps each conversation to its newest messages and drops the oldest", async () => {
    server = await startFakeRestServer({ maxMessagesPerConversation: 2 });
    const client = createRestClient({ baseUrl: server.url, appId: "app", accessToken: "any-token-123" });
    for (let i = 0; i < 3; i++) {
      await client.sendMessage({ targets: [7], type: 1, content: `m${i}`, content_type: 0 });
    }
    const page = await client.getConversationMessages({ opposite_id: 7, msg_id_start: 0, limit: 10 });
    expect(page.messages?.map((message) => message.content)).toEqual(["m2", "m1"]);
  });
});
