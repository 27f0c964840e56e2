import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { msg } from "../../src/index.js";
import { chat, clientFor, everythingSaid, hostile, protobufAnswer, rejectionOf, token } from "./support.js";

const statuses = [301, 302, 303, 307, 308] as const;

/** One call per kind of endpoint: protobuf idempotent, protobuf not idempotent, JSON both ways. */
const calls = {
  sendMessage: (client: ReturnType<typeof clientFor>) =>
    client.sendMessage({ ...chat, contentType: 1, data: { text: "hello" } }),
  listMessage: (client: ReturnType<typeof clientFor>) => client.listMessage({ ...chat, msgCount: 5 }),
  buttonReport: (client: ReturnType<typeof clientFor>) =>
    client.buttonReport({ ...chat, msgId: "m", userId: "u", buttonValue: "v" }),
  listMessageEditRecord: (client: ReturnType<typeof clientFor>) =>
    client.listMessageEditRecord({ msgId: "m", page: 1, size: 10 }),
  fileDownloadRecord: (client: ReturnType<typeof clientFor>) =>
    client.fileDownloadRecord({ msgId: "m", downloadPath: "/x" }),
};

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("Yunhu calls redirected to another origin", () => {
  for (const [name, call] of Object.entries(calls)) {
    it.each(statuses)(
      `${name}: %i is a redirect error; the token and body never reach the other origin`,
      async (status) => {
        const thief = await hostile(async (request, response) => {
          await readAll(request);
          response.writeHead(200).end();
        });
        const origin = await hostile((_request, response) => {
          response.writeHead(status, { location: `${thief.url}/v1/msg/steal?token=${token}` }).end();
        });
        const client = clientFor(origin.url, { retry: { retries: 2, minDelayMs: 1 } });
        const error = await rejectionOf(call(client));
        expect(error).toMatchObject({ kind: "redirect", status, retryable: false });
        expect(error.message).toMatch(
          new RegExp(
            `^/v1/msg/[a-z-]+: redirect \\(${status}\\) to another origin \\(${thief.url}\\) not followed$`,
          ),
        );
        expect(everythingSaid(error)).not.toContain("/steal");
        expect(everythingSaid(error)).not.toContain(token);
        expect(thief.requests).toHaveLength(0);
        expect(origin.requests).toHaveLength(1);
        expect(origin.requests[0]?.headers.token).toBe(token);
      },
    );
  }
});

describe("Yunhu calls redirected on the same origin", () => {
  it("a protobuf 307 (idempotent send) is followed with the same bytes and token", async () => {
    const bodies: string[] = [];
    const server = await hostile(async (request, response) => {
      bodies.push((await readAll(request)).toString("hex"));
      if (request.url === "/v1/msg/send-message") {
        response.writeHead(307, { location: "/v1/msg/send-message-2" }).end();
        return;
      }
      expect(request.headers.token).toBe(token);
      response
        .writeHead(200, { "content-type": "application/x-protobuf" })
        .end(protobufAnswer(msg.sendMessage, {}));
    });
    const sent = await clientFor(server.url).sendMessage({
      ...chat,
      contentType: 1,
      data: { text: "hello" },
    });
    expect(sent.status?.code).toBe(1);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toBe(bodies[0]);
    expect(bodies[0]!.length).toBeGreaterThan(0);
  });

  it("a 307 on buttonReport, which is not safe to repeat, is not followed", async () => {
    const server = await hostile((_request, response) => {
      response.writeHead(307, { location: "/v1/msg/button-report-2" }).end();
    });
    const error = await rejectionOf(calls.buttonReport(clientFor(server.url)));
    expect(error.message).toBe(
      "/v1/msg/button-report: redirect (307) not followed: repeating this request is not safe",
    );
    expect(server.requests).toHaveLength(1);
  });

  it("a 302 on a POST endpoint is not followed: it would become a GET", async () => {
    const server = await hostile((_request, response) =>
      response.writeHead(302, { location: "/elsewhere" }).end(),
    );
    const error = await rejectionOf(calls.listMessage(clientFor(server.url)));
    expect(error.message).toBe(
      "/v1/msg/list-message: redirect (302) not followed: it would turn POST into GET",
    );
  });

  it("client.api (the raw openapi-fetch client) follows no redirect either", async () => {
    const thief = await hostile((_request, response) => response.writeHead(200).end("{}"));
    const origin = await hostile((_request, response) => {
      response.writeHead(308, { location: `${thief.url}/x` }).end();
    });
    const error = await rejectionOf(
      clientFor(origin.url).api.POST("/v1/msg/file-download-record", {
        body: { msgId: "m", downloadPath: "/x" },
      }),
    );
    expect(error).toMatchObject({ kind: "redirect", operation: "POST /v1/msg/file-download-record" });
    expect(thief.requests).toHaveLength(0);
  });
});
