// A PlatformError keeps the client's error as `cause`; neither it nor anything down the cause chain
// may show the credential, including when a server echoes it back.
import { inspect } from "node:util";
import { createRestClient } from "@chatwire/rest-client";
import { startFakeRestServer } from "@chatwire/rest-client/testing";
import { createYunhuClient } from "@chatwire/yunhu-client";
import { startFakeYunhuServer } from "@chatwire/yunhu-client/testing";
import { describe, expect, it } from "vitest";
import {
  type ConversationRef,
  createMaximPlatform,
  createYunhuPlatform,
  PlatformError,
} from "../src/index.js";
import { failureOf } from "./support/failure-of.js";

/** Short enough for a JSON parser to quote an answer made of it in full. */
const token = "tk_7f3a9c1e";
const text = { content: { kind: "text", text: "x" } } as const;

/** Everything an error shows when printed, logged or serialised, down its whole cause chain. */
function everythingSaid(error: unknown): string {
  const parts = [inspect(error, { depth: 10 }), JSON.stringify(error)];
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 6; depth++) {
    parts.push(String(current), current.stack ?? "");
    current = current.cause;
  }
  return parts.join("\n");
}

describe("platform errors never show the token", () => {
  it("MaxIM: refusals that quote it, 5xx, unparseable answers and timeouts", async () => {
    const server = await startFakeRestServer({ appId: "app", accessToken: token, userId: 1n });
    // The short time limit is only for the last call, the one the server holds back.
    const platformWith = (timeoutMs: number) =>
      createMaximPlatform({
        client: createRestClient({
          baseUrl: server.url,
          appId: "app",
          accessToken: token,
          retry: false,
          timeoutMs,
        }),
        selfUserId: "1",
      });
    const platform = platformWith(10_000);
    const peer: ConversationRef = { kind: "user", id: "2" };
    try {
      server.failNext(
        "POST /message/send",
        { envelope: { code: 401, message: `access-token ${token} expired` } },
        { status: 401, body: JSON.stringify({ code: 401, message: `bad ${token}`, data: null }) },
        { status: 503, body: `overloaded for ${token}` },
        { status: 200, body: token },
        { delayMs: 300 },
      );
      const errors: PlatformError[] = [];
      for (let i = 0; i < 4; i++) errors.push(await failureOf(platform.send(peer, text)));
      errors.push(await failureOf(platformWith(50).send(peer, text)));
      expect(errors.map((error) => error.reason)).toEqual([
        "rejected",
        "rejected",
        "unavailable",
        "invalid-response",
        "unavailable",
      ]);
      for (const error of errors) {
        expect(error).toBeInstanceOf(PlatformError);
        expect(error.cause).toBeInstanceOf(Error);
        expect(everythingSaid(error)).not.toContain(token);
      }
    } finally {
      await server.close();
    }
  });

  it("Yunhu: refusals that quote it, 5xx, unparseable answers and timeouts", async () => {
    const server = await startFakeYunhuServer({ users: [{ token, id: "10001", name: "Mei" }] });
    const platformWith = (timeoutMs: number) =>
      createYunhuPlatform({
        client: createYunhuClient({ token, baseUrl: server.url, retry: false, timeoutMs }),
      });
    const platform = platformWith(10_000);
    const group: ConversationRef = { kind: "group", id: "big" };
    const json = "application/json";
    try {
      const errors: PlatformError[] = [];
      server.injectFault({
        kind: "reply",
        body: JSON.stringify({ code: 401, msg: `bad ${token}` }),
        contentType: json,
      });
      errors.push(await failureOf(platform.send(group, text)));
      server.injectFault({ kind: "status", status: 503 });
      errors.push(await failureOf(platform.send(group, text)));
      server.injectFault({ kind: "reply", body: token, contentType: json });
      errors.push(await failureOf(platform.send(group, text)));
      server.injectFault({ kind: "delay", ms: 300 });
      errors.push(await failureOf(platformWith(50).send(group, text)));
      expect(errors.map((error) => error.reason)).toEqual([
        "rejected",
        "unavailable",
        "invalid-response",
        "unavailable",
      ]);
      for (const error of errors) {
        expect(error).toBeInstanceOf(PlatformError);
        expect(error.cause).toBeInstanceOf(Error);
        expect(everythingSaid(error)).not.toContain(token);
      }
    } finally {
      await server.close();
    }
  });
});
