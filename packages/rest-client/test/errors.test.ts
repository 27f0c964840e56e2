import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { ContentType, createRestClient, RestApiError, TargetType } from "../src/index.js";
import { accessToken, appId, rejectionOf, setup } from "./helpers.js";

const message = { targets: [7], type: TargetType.USER, content: "x", content_type: ContentType.TEXT };

async function restError(promise: Promise<unknown>): Promise<RestApiError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(RestApiError);
  return error as RestApiError;
}

describe("business errors", () => {
  it("rejects code != 200 delivered with HTTP 200", async () => {
    const { client, server } = await setup();
    server.failNext("GET /message/unread", { envelope: { code: 10001, message: "app disabled" } });
    const error = await restError(client.listUnread());
    expect(error).toMatchObject({
      kind: "api",
      status: 200,
      code: 10001,
      operation: "GET /message/unread",
    });
    expect(error.message).toBe("GET /message/unread: server answered code 10001: app disabled");
    expect(server.requests).toHaveLength(1);
  });

  it("refuses input the spec forbids before sending, naming the field", async () => {
    const { client, server } = await setup();
    const wrongType = { ...message, content_type: 9 as ContentType };
    const error = await restError(client.sendMessage(wrongType));
    expect(error).toMatchObject({ kind: "invalid-request", status: 0, retryable: false });
    expect(error.message).toBe("POST /message/send: request not sent: input.content_type must be <= 7");
    expect(server.requests).toHaveLength(0);
  });

  it("reports unknown credentials with code 401", async () => {
    const { server } = await setup();
    const stranger = createRestClient({ baseUrl: server.url, appId, accessToken: "other-token" });
    expect(await restError(stranger.listUnread())).toMatchObject({ kind: "api", code: 401 });
  });
});

describe("HTTP errors", () => {
  it("rejects a 4xx, keeping the envelope's code, without retrying", async () => {
    const { client, server } = await setup();
    server.failNext("GET /message/unread", { status: 403, body: '{"code":40301,"message":"forbidden"}' });
    const error = await restError(client.listUnread());
    expect(error).toMatchObject({ kind: "http", status: 403, code: 40301 });
    expect(error.message).toBe("GET /message/unread: HTTP 403: code 40301: forbidden");
    expect(server.requests).toHaveLength(1);
  });

  it("rejects a 5xx whose body is not an envelope, with no code", async () => {
    const { client, server } = await setup();
    server.failNext("POST /message/send", { status: 502, body: "<html>bad gateway</html>" });
    const error = await restError(client.sendMessage(message));
    expect(error).toMatchObject({
      kind: "http",
      status: 502,
      code: undefined,
      operation: "POST /message/send",
    });
  });

  it("answers unknown paths with 404 and wrong methods with 405", async () => {
    const { client } = await setup();
    const missing = await client.api.GET("/message/nowhere" as "/message/unread");
    expect(missing.response.status).toBe(404);
    const wrongMethod = await client.api.PUT("/message/unread" as "/message/send", {
      body: { ...message, attachment: "" },
    });
    expect(wrongMethod.response.status).toBe(405);
  });
});

describe("transport failures", () => {
  it("rejects with kind timeout when an attempt runs out of time", async () => {
    const { client, server } = await setup({ retry: false });
    server.failNext("GET /message/unread", { delayMs: 500 });
    const error = await restError(client.listUnread({ timeoutMs: 30 }));
    expect(error).toMatchObject({ kind: "timeout", status: 0, code: undefined });
    expect(error.message).toBe("GET /message/unread: the attempt ran out of time (30 ms)");
  });

  it("rejects with kind network when the connection is reset", async () => {
    const { client, server } = await setup();
    server.failNext("POST /message/send", { reset: true });
    const error = await restError(client.sendMessage(message));
    expect(error).toMatchObject({ kind: "network", status: 0 });
    expect(error.message).toMatch(/^POST \/message\/send: network failure/);
  });

  it("rejects with kind network when nothing listens", async () => {
    const { server } = await setup();
    await server.close();
    const client = createRestClient({ baseUrl: server.url, appId, accessToken, retry: false });
    expect(await restError(client.listUnread())).toMatchObject({ kind: "network" });
  });

  it("rejects with kind aborted when the caller cancels", async () => {
    const { client, server } = await setup();
    server.failNext("GET /message/unread", { delayMs: 500 });
    const controller = new AbortController();
    const pending = restError(client.listUnread({ signal: controller.signal }));
    // Cancel once the server holds the request, however slowly it got there.
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    expect(await pending).toMatchObject({ kind: "aborted" });
  });
});

describe("unreadable answers", () => {
  it.each([
    ["invalid JSON", "{not json"],
    ["an empty body", ""],
    ["a JSON array", "[1,2]"],
    ["an object without code", '{"data":true}'],
    ["a fractional code", '{"code":200.5,"data":true}'],
    ["success without data", '{"code":200,"message":null}'],
  ])("rejects %s with kind body", async (_name, body) => {
    const { client, server } = await setup();
    server.failNext("GET /message/unread", { status: 200, body });
    const error = await restError(client.listUnread());
    expect(error).toMatchObject({ kind: "invalid-response", status: 200 });
    expect(server.requests).toHaveLength(1);
  });
});

describe("input the client refuses before sending", () => {
  it("refuses input with no JSON form, a cycle in a free-form object, with a typed error", async () => {
    const { client, server } = await setup();
    const ext: Record<string, unknown> = { note: "x" };
    ext.self = ext;
    const error = await restError(client.push.notify({ message: { title: "t", ext: ext as never } }));
    expect(error).toMatchObject({ kind: "invalid-request", status: 0, operation: "POST /push/notify" });
    expect(error.message).toBe(
      "POST /push/notify: request not sent: input cannot serialise a circular structure as JSON",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("rejects an attachment without url", async () => {
    const { client, server } = await setup();
    const error = await restError(
      client.sendMessage({ ...message, content_type: ContentType.IMAGE, attachment: { url: "", width: 10 } }),
    );
    expect(error).toMatchObject({ kind: "invalid-request", status: 0 });
    expect(error.message).toBe(
      "POST /message/send: request not sent: invalid attachment: attachment.url must have at least 1 characters or items",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("rejects an invalid timeout", async () => {
    const { client, server } = await setup();
    expect(await restError(client.listUnread({ timeoutMs: -1 }))).toMatchObject({ kind: "invalid-request" });
    expect(server.requests).toHaveLength(0);
  });

  it("refuses bad client options at creation", () => {
    expect(() => createRestClient({ baseUrl: "not a url", appId, accessToken })).toThrow(TypeError);
    expect(() => createRestClient({ baseUrl: "http://127.0.0.1:1", appId: "", accessToken })).toThrow(
      TypeError,
    );
    expect(() =>
      createRestClient({ baseUrl: "http://127.0.0.1:1", appId, accessToken, userId: 2 ** 60 }),
    ).toThrow(RangeError);
  });

  it.each(["ftp://example.com", "localhost:8080", "file:///tmp/api"])(
    "refuses the non-http baseUrl %s at creation",
    (baseUrl) => {
      expect(() => createRestClient({ baseUrl, appId, accessToken })).toThrow(
        /baseUrl must be an absolute http\(s\) URL/,
      );
    },
  );

  it("refuses credentials fetch could not send as headers, without echoing them", () => {
    const create = (id: string, token: string) => () =>
      createRestClient({ baseUrl: "http://127.0.0.1:1", appId: id, accessToken: token });
    expect(create(appId, `${accessToken}\n`)).toThrow(
      "accessToken must be a string of at least 8 visible ASCII characters (the value is not shown)",
    );
    expect(create(appId, "tök")).toThrow(TypeError);
    expect(create("app id", accessToken)).toThrow(
      /^appId must be a non-empty string of visible ASCII characters$/,
    );
    // Too short to be told apart from ordinary text in a message, so it could not be redacted.
    expect(create(appId, "short")).toThrow(/at least 8/);
    expect(create(appId, "")).toThrow(/at least 8/);
    expect(() => createRestClient({ baseUrl: "http://127.0.0.1:1", appId })).not.toThrow();
  });
});

describe("the access token never leaks", () => {
  const echo = `the token was ${accessToken} (${encodeURIComponent(accessToken)})`;

  it.each([
    ["a business error message", { envelope: { code: 500, message: echo } }],
    ["an HTTP error body", { status: 401, body: JSON.stringify({ code: 401, message: echo }) }],
    ["an unparseable body", { status: 200, body: `oops ${echo}` }],
    ["a non-envelope body", { status: 200, body: JSON.stringify({ echo }) }],
  ])("is redacted from %s", async (_name, fault) => {
    const { client, server } = await setup();
    server.failNext("GET /message/unread", fault);
    const error = await restError(client.listUnread());
    expect(error.message).not.toContain(accessToken);
    expect(inspect(error, { depth: 10 })).not.toContain(accessToken);
    expect(JSON.stringify(error)).not.toContain(accessToken);
  });

  it("is absent from an unparseable body that is only the token: the parser's error is not kept", async () => {
    // Short enough for the JSON parser to quote the whole answer in its own message.
    const shortToken = "tok_9c1e5b2d";
    const { client, server } = await setup({ accessToken: shortToken }, { accessToken: shortToken });
    server.failNext("GET /message/unread", { status: 200, body: shortToken });
    const error = await restError(client.listUnread());
    expect(error.kind).toBe("invalid-response");
    expect(error.cause).toBeUndefined();
    expect(inspect(error, { depth: 10 })).not.toContain(shortToken);
  });

  it("is absent from timeout and network errors", async () => {
    // Separate servers: a timed-out request may never arrive, which would leave its fault queued.
    const slow = await setup({ retry: false });
    slow.server.failNext("GET /message/unread", { delayMs: 300 });
    const timedOut = await restError(slow.client.listUnread({ timeoutMs: 20 }));
    const broken = await setup({ retry: false });
    broken.server.failNext("GET /message/unread", { reset: true });
    const reset = await restError(broken.client.listUnread());
    expect([timedOut.kind, reset.kind]).toEqual(["timeout", "network"]);
    for (const error of [timedOut, reset]) expect(inspect(error, { depth: 10 })).not.toContain(accessToken);
  });
});
