import { describe, expect, it } from "vitest";
import { msg, type YunhuApiError } from "../src/index.js";
import { group, rejectionOf, startFakeAndClient } from "./helpers.js";

const token = "tk-7f3a9c1e5b2d4f60";
const user = { token, id: "77", name: "Secret Keeper" };

/** Every text an error exposes: message, stack, server message, and its causes' messages. */
function everythingSaid(error: YunhuApiError): string {
  const parts: string[] = [
    String(error),
    error.stack ?? "",
    error.serverMessage ?? "",
    JSON.stringify(error),
  ];
  for (let cause: unknown = error.cause, depth = 0; cause !== undefined && depth < 5; depth++) {
    parts.push(cause instanceof Error ? `${cause.message}\n${cause.stack ?? ""}` : String(cause));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return parts.join("\n");
}

describe("the token never appears in an error", () => {
  it("not in api, http, body, timeout or request errors", async () => {
    const { fake, client } = await startFakeAndClient({}, { users: [user] });
    const errors: YunhuApiError[] = [];
    errors.push(await rejectionOf(client.listMessage({ ...group, msgCount: 0 })));
    fake.injectFault({ kind: "status", status: 401 });
    errors.push(await rejectionOf(client.recallMsg({ ...group, msgId: "m" })));
    fake.injectFault({ kind: "reply", body: new Uint8Array([0xff]) });
    errors.push(await rejectionOf(client.recallMsg({ ...group, msgId: "m" })));
    fake.injectFault({ kind: "delay", ms: 300 }, { times: 3 });
    errors.push(await rejectionOf(client.listMessage({ ...group, msgCount: 1 }, { timeoutMs: 50 })));
    errors.push(await rejectionOf(client.sendMessage({ ...group, bogus: 1 } as never)));
    expect(errors.map((e) => e.kind)).toEqual([
      "api",
      "http",
      "invalid-response",
      "timeout",
      "invalid-request",
    ]);
    for (const error of errors) expect(everythingSaid(error)).not.toContain(token);
  });

  it("is scrubbed even when the server echoes it back, in protobuf and JSON answers", async () => {
    const { fake, client } = await startFakeAndClient({}, { users: [user] });
    const echo = JSON.stringify({ code: 40001, msg: `invalid token ${token}` });
    fake.injectFault({ kind: "reply", body: echo, contentType: "application/json" }, { times: 2 });
    const protobuf = await rejectionOf(client.listMessage({ ...group, msgCount: 1 }));
    const json = await rejectionOf(client.fileDownloadRecord({ msgId: "m", downloadPath: "/x" }));
    for (const error of [protobuf, json]) {
      expect(error.code).toBe(40001);
      expect(error.serverMessage).toBe("invalid token [redacted]");
      expect(everythingSaid(error)).not.toContain(token);
    }
  });

  it("is absent from an unparseable JSON answer that is only the token", async () => {
    // Short enough for the JSON parser to quote the whole answer in its own message.
    const shortToken = "tk-5b2d4f60";
    const { fake, client } = await startFakeAndClient({}, { users: [{ ...user, token: shortToken }] });
    fake.injectFault({ kind: "reply", body: shortToken, contentType: "application/json" });
    const error = await rejectionOf(client.fileDownloadRecord({ msgId: "m", downloadPath: "/x" }));
    expect(error.kind).toBe("invalid-response");
    expect(everythingSaid(error)).not.toContain(shortToken);
  });

  it("is scrubbed from a Status.msg that quotes it", async () => {
    const { fake, client } = await startFakeAndClient({}, { users: [user] });
    const body = msg.recallMsg
      .encode(msg.recallMsg.fromPartial({ status: { code: 9, msg: `bad ${token}` } }))
      .finish();
    fake.injectFault({ kind: "reply", body });
    const error = await rejectionOf(client.recallMsg({ ...group, msgId: "m" }));
    expect(error.message).toBe("/v1/msg/recall-msg: Yunhu refused the call with code 9: bad [redacted]");
    expect(everythingSaid(error)).not.toContain(token);
  });
});
