import { describe, expect, it } from "vitest";
import { createYunhuClient, type HttpRequestEvent, type HttpResponseEvent, msg } from "../../src/index.js";
import { chat, clientFor, everythingSaid, hostile, rejectionOf, token } from "./support.js";

/** No piece of the token five characters or longer, and not its distinctive start. */
function expectNoTrace(text: string): void {
  expect(text).not.toContain(token.slice(0, 4));
  for (let from = 0; from + 5 <= token.length; from++)
    expect(text).not.toContain(token.slice(from, from + 5));
}

describe("the token never appears in an error, even when the server echoes it", () => {
  it("in the reason phrase of an HTTP error", async () => {
    const server = await hostile((_request, response) => response.writeHead(401, `Bad token ${token}`).end());
    const error = await rejectionOf(clientFor(server.url).listMessage({ ...chat, msgCount: 1 }));
    expect(error.message).toBe("/v1/msg/list-message: HTTP 401");
    expectNoTrace(everythingSaid(error));
  });

  it("in a Status.msg and a JSON msg, whole or cut short", async () => {
    // Servers quote what they were given, often cut: the start of a token is as secret as all of it.
    const echo = `token ${token} expired; seen before as ${token.slice(0, 10)}...`;
    const protobuf = await hostile((_request, response) =>
      response
        .writeHead(200, { "content-type": "application/x-protobuf" })
        .end(msg.recallMsg.encode(msg.recallMsg.fromPartial({ status: { code: 7, msg: echo } })).finish()),
    );
    const json = await hostile((_request, response) =>
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ code: 7, msg: echo })),
    );
    const errors = [
      await rejectionOf(clientFor(protobuf.url).recallMsg({ ...chat, msgId: "m" })),
      await rejectionOf(clientFor(json.url).fileDownloadRecord({ msgId: "m", downloadPath: "/x" })),
    ];
    for (const error of errors) {
      expect(error).toMatchObject({ kind: "api", code: 7 });
      expect(error.serverMessage).toMatch(/\[redacted\]/);
      expectNoTrace(everythingSaid(error));
    }
  });

  it.each([
    ["the token alone", token],
    ["the token's first nine characters", token.slice(0, 9)],
    ["the token inside broken JSON", `{"msg":"${token}`],
    ["the token before an inexact number", `{"code":1,"msg":"${token}","n":1e400}`],
  ])("in a JSON syntax error (%s)", async (_name, body) => {
    const server = await hostile((_request, response) =>
      response.writeHead(200, { "content-type": "application/json" }).end(body),
    );
    const error = await rejectionOf(
      clientFor(server.url).listMessageEditRecord({ msgId: "m", page: 1, size: 1 }),
    );
    expect(error.kind).toBe("invalid-response");
    expectNoTrace(everythingSaid(error));
  });

  it("hooks see every request and answer with the token redacted", async () => {
    const server = await hostile((request, response) =>
      response.writeHead(503, { "x-echo": String(request.headers.token) }).end(),
    );
    const seen: (HttpRequestEvent | HttpResponseEvent)[] = [];
    const client = clientFor(server.url, {
      retry: { retries: 1, minDelayMs: 1 },
      hooks: {
        beforeRequest: (event) => void seen.push(event),
        afterResponse: (event) => void seen.push(event),
      },
    });
    await rejectionOf(client.listMessage({ ...chat, msgCount: 1 }));
    expect(seen).toHaveLength(4);
    expect(seen[0]).toMatchObject({ operation: "/v1/msg/list-message", headers: { token: "[redacted]" } });
    expect((seen[1] as HttpResponseEvent).headers["x-echo"]).toBe("[redacted]");
    expect(JSON.stringify(seen)).not.toContain(token);
  });
});

describe("credentials are checked at creation", () => {
  it("createYunhuClient() without options is a clear TypeError", () => {
    expect(() => (createYunhuClient as (options?: unknown) => unknown)()).toThrow(
      new TypeError("createYunhuClient needs an options object: { token, baseUrl?, ... }"),
    );
  });

  it.each(["", "short", "seven77", "with space", 42])("refuses the token %j without echoing it", (bad) => {
    let message = "";
    try {
      createYunhuClient({ token: bad as string });
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      message = (error as Error).message;
    }
    expect(message).toBe(
      "token must be a string of at least 8 visible ASCII characters (the value is not shown)",
    );
  });

  it("refuses a baseUrl with user:pass@ without echoing it", () => {
    expect(() =>
      createYunhuClient({ token, baseUrl: "https://me:hunter2-secret@chat-go.jwzhd.com" }),
    ).toThrow("baseUrl must not carry credentials (user:pass@); the value is not shown");
  });
});
