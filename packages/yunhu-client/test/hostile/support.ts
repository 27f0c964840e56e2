import { inspect } from "node:util";
import { type HostileHandler, type HostileServer, startHostileServer } from "@chatwire/http-core/testing";
import { afterEach } from "vitest";
import { createYunhuClient, msg, type YunhuClientOptions } from "../../src/index.js";

export { rejectionOf } from "../helpers.js";

export const token = "yh-3c9e1a7f55d04b2e81";
export const chat = { chatId: "group-1", chatType: 2 } as const;

const open: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** A hostile server on 127.0.0.1, closed after the test. */
export async function hostile(handler: HostileHandler): Promise<HostileServer> {
  const server = await startHostileServer(handler);
  open.push(server);
  return server;
}

export function clientFor(baseUrl: string, options: Partial<YunhuClientOptions> = {}) {
  return createYunhuClient({ token, baseUrl, retry: false, ...options });
}

/** Every text an error exposes: message, stack, inspect (with causes), JSON. */
export function everythingSaid(error: unknown): string {
  return [
    String(error),
    (error as Error).stack ?? "",
    inspect(error, { depth: 10 }),
    JSON.stringify(error),
  ].join("\n");
}

/** An encoded successful answer of `codec` with these fields. */
export function protobufAnswer<T>(
  codec: { fromPartial(value: never): T; encode(value: T): { finish(): Uint8Array } },
  fields: object,
): Uint8Array {
  return codec
    .encode(codec.fromPartial({ status: { code: 1, msg: "success" }, ...fields } as never))
    .finish();
}

/** A listMessage answer with Status success followed by `count` empty `msg` entries (2 bytes each). */
export function emptyMessageFlood(count: number): Uint8Array<ArrayBuffer> {
  const status = protobufAnswer(msg.listMessage, {});
  const bytes = new Uint8Array(status.length + count * 2);
  bytes.set(status);
  for (let at = status.length; at < bytes.length; at += 2) bytes[at] = 0x12; // field 2, length-delimited, length 0
  return bytes;
}

export { measure, rssBoundMiB } from "./measure.js";
