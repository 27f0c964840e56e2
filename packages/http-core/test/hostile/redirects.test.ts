import { describe, expect, it } from "vitest";
import { callerFor, everythingSaid, hostile, rejectionOf, token } from "../support.js";

const redirectStatuses = [301, 302, 303, 307, 308] as const;

/** A server that records everything and answers 200 with what it got: the would-be thief. */
async function elsewhere() {
  return hostile((_request, response) => {
    response.writeHead(200, { "content-type": "text/plain" }).end("stolen");
  });
}

const readText = { read: (answer: { text(): string }) => answer.text() };

describe("a redirect to another origin", () => {
  for (const method of ["GET", "POST"] as const) {
    it.each(redirectStatuses)(
      `%i on ${method} is a typed redirect error; nothing reaches the other origin`,
      async (status) => {
        const thief = await elsewhere();
        const target = `${thief.url}/collect?token=${token}&path=secret`;
        const origin = await hostile((_request, response) => {
          response.writeHead(status, { location: target }).end();
        });
        const caller = callerFor(origin.url, { retry: { retries: 2, minDelayMs: 1 } });
        const error = await rejectionOf(
          caller.call({
            operation: "op",
            method,
            path: "/start",
            headers: { token, "access-token": token },
            ...(method === "POST" ? { body: new Uint8Array([1, 2, 3]) } : {}),
            repeatable: true,
            ...readText,
          }),
        );
        expect(error).toMatchObject({ kind: "redirect", status, retryable: false, operation: "op" });
        expect(error.message).toBe(`op: redirect (${status}) to another origin (${thief.url}) not followed`);
        expect(everythingSaid(error)).not.toContain("/collect");
        expect(everythingSaid(error)).not.toContain("path=secret");
        expect(everythingSaid(error)).not.toContain(token);
        expect(thief.requests).toHaveLength(0);
        expect(origin.requests).toHaveLength(1); // never retried
      },
    );
  }

  it("is refused when the Location is protocol-relative or uses another port or scheme", async () => {
    const thief = await elsewhere();
    const host = new URL(thief.url).host;
    for (const location of [
      `//${host}/x`,
      `https://127.0.0.1:${new URL(thief.url).port}/x`,
      "ftp://127.0.0.1/x",
      "javascript:alert(1)",
    ]) {
      const origin = await hostile((_request, response) => {
        response.writeHead(307, { location }).end();
      });
      const error = await rejectionOf(
        callerFor(origin.url).call({
          operation: "op",
          method: "GET",
          path: "/",
          repeatable: true,
          ...readText,
        }),
      );
      expect(error.kind).toBe("redirect");
    }
    expect(thief.requests).toHaveLength(0);
  });

  it("is refused when a fetch followed it by itself, so its answer is not used", async () => {
    const thief = await elsewhere();
    const origin = await hostile((_request, response) => {
      response.writeHead(302, { location: `${thief.url}/x` }).end();
    });
    const followingFetch: typeof fetch = (input, init) => fetch(input, { ...init, redirect: "follow" });
    const error = await rejectionOf(
      callerFor(origin.url, { fetch: followingFetch }).call({
        operation: "op",
        method: "GET",
        path: "/",
        repeatable: true,
        ...readText,
      }),
    );
    expect(error.kind).toBe("redirect");
    expect(error.message).toBe(`op: answer came from another origin (${thief.url}); refused`);
  });

  it("a browser's opaque redirect answer is a redirect error", async () => {
    const opaque = {
      type: "opaqueredirect",
      status: 0,
      url: "",
      headers: new Headers(),
      body: null,
    } as unknown as Response;
    const error = await rejectionOf(
      callerFor("https://api.example", { fetch: async () => opaque }).call({
        operation: "op",
        method: "GET",
        path: "/",
        repeatable: true,
        ...readText,
      }),
    );
    expect(error).toMatchObject({ kind: "redirect", retryable: false });
  });
});

describe("a redirect on the same origin", () => {
  it.each([307, 308])(
    "%i is followed for a repeatable POST, sending the same body and headers again",
    async (status) => {
      const server = await hostile(async (request, response) => {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        if (request.url === "/old") response.writeHead(status, { location: "/new?x=1" }).end();
        else
          response
            .writeHead(200)
            .end(
              `${request.method} ${request.url} ${request.headers.token} ${Buffer.concat(chunks).toString("hex")}`,
            );
      });
      const body = new Uint8Array([0xde, 0xad, 0xbe, 0xef]);
      const text = await callerFor(server.url).call({
        operation: "op",
        method: "POST",
        path: "/old",
        headers: { token },
        body,
        repeatable: true,
        ...readText,
      });
      expect(text).toBe(`POST /new?x=1 ${token} deadbeef`);
      expect(body).toEqual(new Uint8Array([0xde, 0xad, 0xbe, 0xef]));
    },
  );

  it.each([301, 302, 303])("%i is followed for a GET", async (status) => {
    const server = await hostile((request, response) => {
      if (request.url === "/old") response.writeHead(status, { location: `${"/new"}` }).end();
      else response.writeHead(200).end(`${request.method} ${request.url}`);
    });
    const text = await callerFor(server.url).call({
      operation: "op",
      method: "GET",
      path: "/old",
      repeatable: true,
      ...readText,
    });
    expect(text).toBe("GET /new");
  });

  it.each([301, 302, 303])(
    "%i is not followed for a POST: it would become a GET without body",
    async (status) => {
      const server = await hostile((_request, response) => {
        response.writeHead(status, { location: "/new" }).end();
      });
      const error = await rejectionOf(
        callerFor(server.url).call({
          operation: "op",
          method: "POST",
          path: "/old",
          body: "x",
          repeatable: true,
          ...readText,
        }),
      );
      expect(error).toMatchObject({ kind: "redirect", status, retryable: false });
      expect(error.message).toBe(`op: redirect (${status}) not followed: it would turn POST into GET`);
      expect(server.requests).toHaveLength(1);
    },
  );

  it("is not followed for a request that is not safe to repeat", async () => {
    const server = await hostile((_request, response) => {
      response.writeHead(307, { location: "/new" }).end();
    });
    const error = await rejectionOf(
      callerFor(server.url).call({
        operation: "op",
        method: "POST",
        path: "/old",
        body: "x",
        repeatable: false,
        ...readText,
      }),
    );
    expect(error.message).toBe("op: redirect (307) not followed: repeating this request is not safe");
    expect(server.requests).toHaveLength(1);
  });

  it("stops after maxRedirects hops of a loop", async () => {
    const server = await hostile((request, response) => {
      response.writeHead(302, { location: request.url === "/a" ? "/b" : "/a" }).end();
    });
    const error = await rejectionOf(
      callerFor(server.url, { maxRedirects: 3 }).call({
        operation: "op",
        method: "GET",
        path: "/a",
        repeatable: true,
        ...readText,
      }),
    );
    expect(error).toMatchObject({ kind: "redirect", message: "op: more than 3 redirects" });
    expect(server.requests).toHaveLength(4);
  });

  it("is refused without a Location, or with credentials in it", async () => {
    const server = await hostile((request, response) => {
      if (request.url === "/none") response.writeHead(302).end();
      else response.writeHead(302, { location: `http://user:pw@${request.headers.host}/y` }).end();
    });
    const call = (path: string) =>
      rejectionOf(
        callerFor(server.url).call({ operation: "op", method: "GET", path, repeatable: true, ...readText }),
      );
    expect((await call("/none")).message).toBe("op: redirect (302) without a Location");
    const withCredentials = await call("/creds");
    expect(withCredentials.message).toBe("op: redirect (302) to a URL with credentials not followed");
    expect(everythingSaid(withCredentials)).not.toContain("user:pw");
  });
});
