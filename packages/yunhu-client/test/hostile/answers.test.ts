import { deeplyNestedJson } from "@chatwire/http-core/testing";
import { describe, expect, it } from "vitest";
import { isYunhuApiError } from "../../src/index.js";
import { chat, clientFor, everythingSaid, hostile, measure, rejectionOf, token } from "./support.js";

const json = { "content-type": "application/json" };
const record = (createTime: string) =>
  `{"code":1,"msg":"success","data":{"total":1,"list":[{"id":1,"msgId":"m","contentType":1,"contentOld":"{}","createTime":${createTime},"msgTime":1}]}}`;

describe("numbers are exact or refused", () => {
  it.each([
    ["an int64 as a fraction", "9007199254740993.0"],
    ["an int64 with an exponent", "9.007199254740993e15"],
    ["an overflowing number", "1e400"],
    ["a 30-digit number", "123456789012345678901234567890"],
    ["an integer beyond 2^53", "9007199254740993"],
  ])("%s in a JSON answer is invalid-response, not rounded", async (_name, literal) => {
    const server = await hostile((_request, response) => response.writeHead(200, json).end(record(literal)));
    const error = await rejectionOf(
      clientFor(server.url).listMessageEditRecord({ msgId: "m", page: 1, size: 1 }),
    );
    expect(error).toMatchObject({ kind: "invalid-response", retryable: false });
  });

  it("an exact answer within 2^53 still reads", async () => {
    const server = await hostile((_request, response) =>
      response.writeHead(200, json).end(record("9007199254740991")),
    );
    const answer = await clientFor(server.url).listMessageEditRecord({ msgId: "m", page: 1, size: 1 });
    expect(answer.data?.list[0]?.createTime).toBe(9007199254740991);
  });
});

describe("answers of the wrong shape", () => {
  it("a 100 000-deep JSON array is too-large, without a stack overflow", async () => {
    const server = await hostile((_request, response) =>
      response.writeHead(200, json).end(`{"code":1,"msg":"ok","data":${deeplyNestedJson(100_000)}}`),
    );
    const { value: error } = await measure("yunhu 100k-deep JSON", () =>
      rejectionOf(clientFor(server.url).listMessageEditRecord({ msgId: "m", page: 1, size: 1 })),
    );
    expect(error).toMatchObject({ kind: "too-large", retryable: false });
  });

  it.each([
    ['{"code":1,"msg":"success","data":{}}', "data.list"],
    ['{"code":1,"msg":"success","data":{"list":[null],"total":1}}', "data.list.0"],
    ['{"code":1,"msg":"success","data":{"list":{},"total":1}}', "data.list"],
  ])("%s is invalid-response naming the field, not retried", async (body, field) => {
    const server = await hostile((_request, response) => response.writeHead(200, json).end(body));
    const client = clientFor(server.url, { retry: { retries: 3, minDelayMs: 1 } });
    const error = await rejectionOf(client.listMessageEditRecord({ msgId: "m", page: 1, size: 1 }));
    expect(error).toMatchObject({ kind: "invalid-response", retryable: false });
    expect(error.message).toContain(field);
    expect(server.requests).toHaveLength(1);
  });

  it("whatever the server answers, the call resolves or rejects with a YunhuApiError", async () => {
    const answers: [number, string | Uint8Array, Record<string, string>][] = [
      [200, "", {}],
      [200, new Uint8Array([0xff, 0xff, 0xff]), {}],
      [200, "<html>", { "content-type": "text/html" }],
      [200, `{"code":"1"}`, json],
      [200, "null", json],
      [204, "", {}],
      [304, "", {}],
      [404, token, {}],
      [500, `{"msg":"${token}"}`, json],
      [200, new Uint8Array([0x0a, 0x80]), {}],
    ];
    for (const [status, body, headers] of answers) {
      const server = await hostile((_request, response) => response.writeHead(status, headers).end(body));
      const client = clientFor(server.url);
      for (const call of [
        () => client.listMessage({ ...chat, msgCount: 1 }),
        () => client.listMessageEditRecord({ msgId: "m", page: 1, size: 1 }),
      ]) {
        let outcome: unknown;
        try {
          outcome = await call();
        } catch (error) {
          outcome = error;
        }
        expect(isYunhuApiError(outcome), `${status} ${String(body)}: ${String(outcome)}`).toBe(true);
        expect(everythingSaid(outcome)).not.toContain(token);
      }
    }
  });
});
