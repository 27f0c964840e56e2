import type { IncomingMessage, ServerResponse } from "node:http";
import { inspect } from "node:util";
import {
  deeplyNestedJson,
  type HostileServer,
  sendCompressionBomb,
  sendEndlessBody,
  sendTrickle,
  startHostileServer,
} from "@chatwire/http-core/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createRestClient, isRestApiError, type RestApiError, type RestClientOptions } from "../src/index.js";

// Hostile servers on 127.0.0.1, one real socket each: what the client does when the server is
// the adversary. Each case bounds its own time and memory (small budgets, short deadlines).

const accessToken = "tok_HOSTILE_9c41f07d2be3";
const appId = "hostile-app";
const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function hostile(handler: (request: IncomingMessage, response: ServerResponse) => unknown) {
  const server = await startHostileServer(async (request, response) => {
    await handler(request, response);
  });
  servers.push(server);
  return server;
}

function clientOf(server: HostileServer, options: Partial<RestClientOptions> = {}) {
  return createRestClient({
    baseUrl: server.url,
    appId,
    accessToken,
    retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
}

const json = (response: ServerResponse, body: string, status = 200) => {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(body);
};

async function failure(promise: Promise<unknown>): Promise<RestApiError> {
  try {
    await promise;
  } catch (error) {
    if (isRestApiError(error)) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** Every form of an error a user could print or log. */
const everyForm = (error: RestApiError) =>
  [
    error.message,
    error.stack ?? "",
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    String(error.cause),
  ].join("\n");

describe("redirects: credentials never leave their origin", () => {
  it("a cross-origin redirect is a typed error naming the origin only; the other server sees nothing", async () => {
    const elsewhere = await hostile((_request, response) => json(response, '{"code":200,"data":true}'));
    for (const status of [301, 302, 303, 307, 308]) {
      const origin = await hostile((_request, response) => {
        response.writeHead(status, { location: `${elsewhere.url}/steal?token=abc` }).end();
      });
      const error = await failure(
        clientOf(origin).sendMessage({
          targets: [1],
          type: 1,
          content: "x",
          content_type: 0,
          transaction_id: 5,
        }),
      );
      expect(error).toMatchObject({ kind: "redirect", retryable: false, operation: "POST /message/send" });
      expect(error.message).toContain(elsewhere.url);
      expect(error.message).not.toContain("steal");
      expect(origin.requests).toHaveLength(1);
    }
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("follows a same-origin redirect of a read, and refuses one of a call that must not repeat", async () => {
    const server = await hostile((request, response) => {
      if (request.url?.startsWith("/message/unread")) {
        response.writeHead(302, { location: "/moved/unread" }).end();
      } else if (request.url === "/moved/unread") {
        json(response, '{"code":200,"data":[]}');
      } else {
        response.writeHead(307, { location: "/message/recall-again" }).end();
      }
    });
    const client = clientOf(server);
    await expect(client.listUnread()).resolves.toEqual([]);
    expect(server.requests[1]?.headers["access-token"]).toBe(accessToken);
    const error = await failure(client.recallMessage({ conversation_id: 1, msg_id: 2 }));
    expect(error.kind).toBe("redirect");
    expect(server.requests.filter((request) => request.url.includes("recall"))).toHaveLength(1);
  });
});

describe("answers are bounded in size and time", () => {
  it("stops reading past maxResponseBytes and does not repeat the call", async () => {
    const server = await hostile((_request, response) => sendEndlessBody(response, 64 * 1024 * 1024));
    const error = await failure(clientOf(server, { maxResponseBytes: 1024 * 1024 }).listUnread());
    expect(error).toMatchObject({ kind: "too-large", retryable: false });
    expect(server.requests).toHaveLength(1);
  });

  it("counts after decompression: a gzip bomb fails as too-large", async () => {
    const server = await hostile((_request, response) => sendCompressionBomb(response, 256 * 1024 * 1024));
    const error = await failure(clientOf(server).listUnread({ maxResponseBytes: 2 * 1024 * 1024 }));
    expect(error.kind).toBe("too-large");
    expect(server.requests).toHaveLength(1);
  });

  it("bounds each attempt end to end: a body that trickles in times out", async () => {
    const server = await hostile((_request, response) =>
      sendTrickle(response, {
        chunk: " ",
        everyMs: 50,
        times: 100,
        headers: { "content-type": "application/json" },
      }),
    );
    const started = Date.now();
    const error = await failure(clientOf(server, { retry: false, timeoutMs: 300 }).listUnread());
    expect(error.kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("bounds the whole call, retries and waits included, with totalTimeoutMs", async () => {
    const server = await hostile((_request, response) => {
      response.writeHead(503, { "retry-after": "0" }).end();
    });
    const client = clientOf(server, {
      retry: { retries: 1000, minDelayMs: 20, maxDelayMs: 20 },
      totalTimeoutMs: 300,
    });
    const started = Date.now();
    const error = await failure(client.listUnread());
    expect(["timeout", "http"]).toContain(error.kind);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(server.requests.length).toBeLessThan(100);
  });
});

describe("no secret in any form of an error", () => {
  it("keeps the token out when the server echoes it, whole or in part, in text, JSON or a broken body", async () => {
    const bodies = [
      [200, `token ${accessToken} is bad`],
      [200, `{"code":200,"data":${accessToken}}`],
      [200, `{"code":401,"message":"bad token ${accessToken}","data":null}`],
      [500, `{"code":500,"message":"${accessToken.slice(0, 10)}","data":null}`],
      [200, accessToken],
    ] as const;
    for (const [status, body] of bodies) {
      const server = await hostile((_request, response) => json(response, body, status));
      const error = await failure(clientOf(server, { retry: false }).listUnread());
      const text = everyForm(error);
      expect(text, body).not.toContain(accessToken.slice(0, 6));
    }
  });

  it("refuses at creation what could not be redacted or kept on its origin, without echoing it", () => {
    const create = (options: Partial<RestClientOptions>) => () =>
      createRestClient({ baseUrl: "http://127.0.0.1:1", appId, accessToken, ...options });
    expect(create({ accessToken: "abc" })).toThrow(/at least 8/);
    expect(create({ baseUrl: `http://user:${accessToken}@127.0.0.1:1` })).toThrow(TypeError);
    try {
      create({ baseUrl: `http://user:${accessToken}@127.0.0.1:1` })();
    } catch (error) {
      expect(String(error)).not.toContain(accessToken.slice(0, 6));
    }
  });

  it("hooks see the calls, already redacted", async () => {
    const server = await hostile((request, response) => {
      if (server.requests.length === 1) response.writeHead(503, { "retry-after": "0" }).end();
      else json(response, '{"code":200,"data":[]}');
      void request;
    });
    const events: unknown[] = [];
    const client = clientOf(server, {
      hooks: {
        beforeRequest: (event) => void events.push(event),
        afterResponse: (event) => void events.push(event),
        beforeRetry: (event) => void events.push(event),
      },
    });
    await client.listUnread();
    const seen = JSON.stringify(events);
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(seen).toContain("GET /message/unread");
    expect(seen).toContain("[redacted]");
    expect(seen).not.toContain(accessToken);
  });
});

describe("answers are exact and checked against the spec, never retried when wrong", () => {
  const cases: [string, string, string][] = [
    [
      "a fraction past 2^53",
      '{"code":200,"data":[{"conversation_id":{"uid":9007199254740993.0},"num":1}]}',
      "invalid-response",
    ],
    [
      "an exponent past 2^53",
      '{"code":200,"data":[{"conversation_id":{"uid":9.007199254740993e15},"num":1}]}',
      "invalid-response",
    ],
    [
      "an infinite number",
      '{"code":200,"data":[{"conversation_id":{"uid":1e400},"num":1}]}',
      "invalid-response",
    ],
    [
      "an integer outside int64",
      '{"code":200,"data":[{"conversation_id":{"uid":123456789012345678901234567890},"num":1}]}',
      "invalid-response",
    ],
    [
      "a fraction where int32 is declared",
      '{"code":200,"data":[{"conversation_id":{"uid":1},"num":1.5}]}',
      "invalid-response",
    ],
    ["null in a list", '{"code":200,"data":[null]}', "invalid-response"],
    ["an array nested 100,000 deep", `{"code":200,"data":${deeplyNestedJson(100_000)}}`, "too-large"],
    ["an object where a list belongs", '{"code":200,"data":{}}', "invalid-response"],
    ["no envelope", "[1,2,3]", "invalid-response"],
  ];
  for (const [what, body, kind] of cases) {
    it(what, async () => {
      const server = await hostile((_request, response) => json(response, body));
      const error = await failure(clientOf(server).listUnread());
      expect(error).toMatchObject({ kind, retryable: false });
      expect(server.requests).toHaveLength(1);
    });
  }

  it("names the field that breaks the spec", async () => {
    const server = await hostile((_request, response) =>
      json(response, '{"code":200,"data":{"messages":{},"is_last":true}}'),
    );
    const error = await failure(
      clientOf(server).getConversationMessages({ opposite_id: 1, msg_id_start: 0, limit: 5 }),
    );
    expect(error.message).toContain("answer.data.messages must be an array");
  });

  it("keeps an int64 past 2^53 exact as a bigint", async () => {
    const server = await hostile((_request, response) =>
      json(response, '{"code":200,"data":[{"conversation_id":{"uid":9223372036854775807},"num":2}]}'),
    );
    await expect(clientOf(server).listUnread()).resolves.toEqual([
      { conversation_id: { uid: 9223372036854775807n }, num: 2 },
    ]);
  });
});

describe("wrong input from JavaScript is refused before sending", () => {
  it("with a typed error naming what is wrong", async () => {
    const server = await hostile((_request, response) => json(response, '{"code":200,"data":true}'));
    const client = clientOf(server) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>> & {
      group: Record<string, (...args: unknown[]) => Promise<unknown>>;
      roster: Record<string, (...args: unknown[]) => Promise<unknown>>;
      message: Record<string, (...args: unknown[]) => Promise<unknown>>;
    };
    const cases: [() => Promise<unknown>, string][] = [
      [() => client.sendMessage?.(), "input is required"],
      [
        () => client.sendMessage?.({ targets: ["x"], type: 1, content: "", content_type: 0 }),
        "input.targets[0] must be an int64",
      ],
      [
        () => client.sendMessage?.({ targets: [2 ** 60], type: 1, content: "", content_type: 0 }),
        "must be a bigint beyond 2^53 - 1",
      ],
      [
        () => client.sendMessage?.({ targets: [1], type: 1, content: "", content_type: 0, colour: 1 }),
        "input.colour is not a field",
      ],
      [() => client.group.info?.("42"), "input must be an object"],
      [() => client.message.unread?.(5), "the options argument must be an object"],
      [() => client.roster.accept?.({ user_id: 1 }, { userId: 2 }), "takes no user_id header"],
      [
        () =>
          client.getConversationMessages?.(
            { opposite_id: 1, msg_id_start: 0, limit: 5 },
            { userId: 2n ** 64n },
          ),
        "options.userId must be within int64",
      ],
    ];
    for (const [call, message] of cases) {
      const error = await failure(call() as Promise<unknown>);
      expect(error).toMatchObject({ kind: "invalid-request", retryable: false, status: 0 });
      expect(error.message).toContain(message);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe("pagers end on cursors that cycle or do not advance", () => {
  it("a cursor that comes back ends the walk with a typed error", async () => {
    const cursors = ["a", "b", "a", "b"];
    const server = await hostile((_request, response) => {
      const cursor = cursors[Math.min(server.requests.length - 1, cursors.length - 1)];
      json(response, `{"code":200,"data":[1],"cursor":"${cursor}","version":0}`);
    });
    const pages: unknown[] = [];
    const walk = async () => {
      for await (const page of clientOf(server).roster.list.pages({ limit: 1 })) pages.push(page);
    };
    const error = await failure(walk());
    expect(error).toMatchObject({ kind: "invalid-response", operation: "GET /roster/list" });
    expect(error.message).toContain("cycle");
    expect(pages).toHaveLength(3);
    expect(
      server.requests.map((request) => new URL(request.url, server.url).searchParams.get("cursor")),
    ).toEqual([null, "a", "b"]);
  });

  it("a cursor that does not advance ends the walk", async () => {
    const server = await hostile((_request, response) =>
      json(response, '{"code":200,"data":[{"user_id":1}],"cursor":"same","total":9}'),
    );
    const walk = async () => {
      for await (const _page of clientOf(server).group.memberList.pages({ group_id: 1 })) {
        // walking
      }
    };
    expect((await failure(walk())).message).toContain("did not advance");
    expect(server.requests).toHaveLength(2);
  });

  it("a message history whose next_msg_id alternates ends instead of looping", async () => {
    const starts = [5, 6, 5, 6];
    const server = await hostile((_request, response) => {
      const next = starts[Math.min(server.requests.length - 1, starts.length - 1)];
      json(response, `{"code":200,"data":{"is_last":false,"next_msg_id":${next},"messages":[{"msg_id":1}]}}`);
    });
    const walk = async () => {
      for await (const _page of clientOf(server).message.conversation.pages({
        opposite_id: 1,
        msg_id_start: 0,
        limit: 1,
      })) {
        // walking
      }
    };
    expect((await failure(walk())).message).toContain("cycle");
    expect(server.requests.length).toBeLessThanOrEqual(4);
  });

  it("walks a real list to its end", async () => {
    const server = await hostile((request, response) => {
      const cursor = new URL(request.url ?? "/", "http://x").searchParams.get("cursor");
      if (cursor === null) json(response, '{"code":200,"data":[1,2],"cursor":"p2"}');
      else json(response, '{"code":200,"data":[3]}');
    });
    const seen: unknown[] = [];
    for await (const page of clientOf(server).roster.list.pages()) seen.push(page.data);
    expect(seen).toEqual([[1, 2], [3]]);
  });
});
