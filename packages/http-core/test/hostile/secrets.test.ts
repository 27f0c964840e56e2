import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createHttpCaller } from "../../src/index.js";
import { callerFor, everythingSaid, hostile, rejectionOf, token } from "../support.js";

const get = { operation: "op", method: "GET", path: "/", headers: { token }, repeatable: true } as const;
const json = { read: (answer: { json(): unknown }) => answer.json() };

/** No piece of the token three characters or longer. */
function expectNoTrace(text: string): void {
  for (let length = 3; length <= token.length; length++) {
    for (let from = 0; from + length <= token.length; from += length) {
      const piece = token.slice(from, from + length);
      if (/^[a-z0-9]+$/i.test(piece) && piece.length < 5) continue; // short alphanumerics occur in any text
      expect(text).not.toContain(piece);
    }
  }
}

describe("secrets in server text never reach an error", () => {
  it("a reason phrase that echoes the token is left out of the message", async () => {
    const server = await hostile((_request, response) => {
      response.writeHead(503, `Service Unavailable for ${token}`).end();
    });
    const error = await rejectionOf(callerFor(server.url).call({ ...get, ...json }));
    expect(error.message).toBe("op: HTTP 503");
    expectNoTrace(everythingSaid(error));
  });

  it("a refusal body that echoes the token is redacted where it is kept (serverMessage)", async () => {
    const server = await hostile((_request, response) => {
      response
        .writeHead(401, { "content-type": "application/json" })
        .end(JSON.stringify({ msg: `bad token ${token}` }));
    });
    const error = await rejectionOf(
      callerFor(server.url).call({
        ...get,
        ...json,
        readFailure: (answer) => {
          const msg = (answer.json() as { msg: string }).msg;
          return { serverMessage: msg, detail: msg };
        },
      }),
    );
    expect(error.message).toBe("op: HTTP 401: bad token [redacted]");
    expect(error.serverMessage).toBe("bad token [redacted]");
    expect(everythingSaid(error)).not.toContain(token);
  });

  it.each([
    ["only the token", token],
    ["the token unquoted in an object", `{"a":${token}}`],
    ["the token's start in a broken string", `{"token":"${token.slice(0, 9)}`],
    ["an inexact number after the token", `{"token":"${token}","n":1e400}`],
  ])("a JSON syntax error never quotes the answer (%s)", async (_name, body) => {
    const server = await hostile((_request, response) => response.writeHead(200).end(body));
    const error = await rejectionOf(callerFor(server.url).call({ ...get, ...json }));
    expect(error.kind).toBe("invalid-response");
    expect(error.message).toMatch(/^op: answer (is not valid JSON at position \d+|has a JSON number)/);
    expectNoTrace(everythingSaid(error));
  });

  it("a fetch failure whose message holds the token is redacted in the cause chain too", async () => {
    const leaky: typeof fetch = async () => {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error(`connect to ${token}`), { code: "ECONNRESET" }),
      });
    };
    const error = await rejectionOf(
      callerFor("https://api.example", { fetch: leaky }).call({ ...get, ...json }),
    );
    expect(error.kind).toBe("network");
    expect(error.message).toBe("op: network failure (fetch failed: ECONNRESET)");
    expect(inspect(error, { depth: 10 })).toContain("[redacted]");
    expect(everythingSaid(error)).not.toContain(token);
  });

  it("a read that throws the token's text is redacted", async () => {
    const server = await hostile((_request, response) => response.writeHead(200).end("x"));
    const error = await rejectionOf(
      callerFor(server.url).call({
        ...get,
        read: () => {
          throw new Error(`cannot read ${token}`);
        },
      }),
    );
    expect(error.message).toBe("op: the answer could not be read (cannot read [redacted])");
    expect(everythingSaid(error)).not.toContain(token);
  });
});

describe("credentials are checked at creation", () => {
  it("refuses a baseUrl with user:pass@, without echoing it", () => {
    const attempt = () => createHttpCaller({ baseUrl: "https://someone:s3cr3t-pass@api.example" });
    expect(attempt).toThrow(TypeError);
    expect(attempt).toThrow("baseUrl must not carry credentials (user:pass@); the value is not shown");
  });

  it.each(["", "t", "short", "seven77", "has space in it", "tab\tinside!"])(
    "refuses the secret %j",
    (secret) => {
      const attempt = () => createHttpCaller({ baseUrl: "https://api.example", secrets: [secret] });
      expect(attempt).toThrow(TypeError);
      try {
        attempt();
      } catch (error) {
        if (secret.length >= 5) expect((error as Error).message).not.toContain(secret);
      }
    },
  );

  it.each([
    "localhost:8080",
    "ftp://x.example",
    "not a url",
    "https://api.example/?q=1",
    "https://api.example/#x",
  ])("refuses the baseUrl %j", (baseUrl) => {
    expect(() => createHttpCaller({ baseUrl })).toThrow(TypeError);
  });

  it("refuses a missing options object with a clear TypeError", () => {
    expect(() => createHttpCaller(undefined as never)).toThrow(
      "createHttpCaller needs an options object with a baseUrl",
    );
  });
});
