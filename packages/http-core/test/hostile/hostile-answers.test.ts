import type { IncomingMessage, ServerResponse } from "node:http";
import { isChatwireError } from "@chatwire/errors";
import { describe, expect, it } from "vitest";
import { deeplyNestedJson } from "../../src/testing/index.js";
import { callerFor, everythingSaid, hostile, isTestClientError, token } from "../support.js";

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

const reply =
  (status: number, body: string | Uint8Array = "", headers: Record<string, string> = {}): Handler =>
  (_request, response) => {
    response.writeHead(status, headers).end(body);
  };

/** Answers a client may meet from a broken or hostile server; none may escape as anything but the client's error. */
const answers: [string, Handler][] = [
  ["an empty 200", reply(200)],
  ["a 204", reply(204)],
  ["garbage bytes", reply(200, new Uint8Array([0xff, 0xfe, 0x00, 0x80]))],
  ["invalid UTF-8 in JSON", reply(200, new Uint8Array([0x22, 0xc3, 0x28, 0x22]))],
  ["HTML", reply(200, "<html>oops</html>", { "content-type": "application/json" })],
  ["a JSON string", reply(200, '"hello"')],
  ["null", reply(200, "null")],
  ["an envelope with the wrong types", reply(200, '{"code":"1","data":[null]}')],
  ["deep JSON", reply(200, deeplyNestedJson(100_000))],
  ["an int64 as a fraction", reply(200, '{"code":0,"data":{"id":9007199254740993.0}}')],
  ["an int64 as an exponent", reply(200, '{"code":0,"data":{"id":9.007199254740993e15}}')],
  ["an overflowing number", reply(200, '{"code":0,"data":{"id":1e400}}')],
  ["a 30-digit int64", reply(200, '{"code":0,"data":{"id":123456789012345678901234567890}}')],
  ["a 304 without a request for it", reply(304)],
  ["a 300", reply(300, "", { location: "/x" })],
  ["a 302 without Location", reply(302)],
  ["a 400 with a token echo", reply(400, `{"msg":"${token}"}`)],
  ["a 500 with a token reason phrase", (_request, response) => void response.writeHead(500, token).end()],
  ["a reset before headers", (request) => void request.socket.destroy()],
  [
    "a reset mid-body",
    (request, response) => {
      response.writeHead(200, { "content-length": "100" });
      response.write("{");
      setTimeout(() => request.socket.destroy(), 10);
    },
  ],
  [
    "a corrupt gzip body",
    reply(200, new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xde, 0xad]), {
      "content-encoding": "gzip",
    }),
  ],
  [
    "a wrong content-length",
    (request, response) => {
      response.writeHead(200, { "content-length": "10" });
      response.end("{}");
      request.socket.end();
    },
  ],
];

/** A strict read: `{ code: 0, data: { id: safe integer } }` or a typed invalid-response. */
const strictRead = {
  read: (answer: { json(): unknown; fail(kind: "invalid-response", detail: string): Error }) => {
    const value = answer.json() as { code?: unknown; data?: { id?: unknown } } | null;
    if (
      typeof value !== "object" ||
      value === null ||
      value.code !== 0 ||
      typeof value.data?.id !== "number"
    ) {
      throw answer.fail("invalid-response", "not the expected envelope");
    }
    return value.data.id;
  },
};

describe("every failure is the client's typed error", () => {
  it.each(answers)("%s", async (_name, handler) => {
    const server = await hostile(handler);
    const caller = callerFor(server.url, { timeoutMs: 10_000, retry: { retries: 1, minDelayMs: 1 } });
    let outcome: unknown;
    try {
      outcome = await caller.call({
        operation: "op",
        method: "GET",
        path: "/",
        headers: { token },
        repeatable: true,
        ...strictRead,
      });
    } catch (error) {
      outcome = error;
    }
    expect(isTestClientError(outcome), String(outcome)).toBe(true);
    expect(isChatwireError(outcome)).toBe(true);
    expect(everythingSaid(outcome)).not.toContain(token);
  });

  it("classifies them with the shared kinds", async () => {
    const kinds: Record<string, string> = {};
    for (const [name, handler] of answers) {
      const server = await hostile(handler);
      try {
        await callerFor(server.url, { timeoutMs: 10_000 }).call({
          operation: "op",
          method: "GET",
          path: "/",
          repeatable: true,
          ...strictRead,
        });
      } catch (error) {
        kinds[name] = (error as { kind: string }).kind;
      }
    }
    expect(kinds).toEqual({
      "an empty 200": "invalid-response",
      "a 204": "invalid-response",
      "garbage bytes": "invalid-response",
      "invalid UTF-8 in JSON": "invalid-response",
      HTML: "invalid-response",
      "a JSON string": "invalid-response",
      null: "invalid-response",
      "an envelope with the wrong types": "invalid-response",
      "deep JSON": "too-large",
      "an int64 as a fraction": "invalid-response",
      "an int64 as an exponent": "invalid-response",
      "an overflowing number": "invalid-response",
      "a 30-digit int64": "invalid-response",
      "a 304 without a request for it": "http",
      "a 300": "http",
      "a 302 without Location": "redirect",
      "a 400 with a token echo": "http",
      "a 500 with a token reason phrase": "http",
      "a reset before headers": "network",
      "a reset mid-body": "network",
      "a corrupt gzip body": "invalid-response",
      "a wrong content-length": "network",
    });
  });
});
