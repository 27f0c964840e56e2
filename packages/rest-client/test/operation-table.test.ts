import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRestClient, maximOperations } from "../src/index.js";

/** The vendor's own Swagger document, the source the spec was imported from. */
const vendor = JSON.parse(
  readFileSync(new URL("../../../../shared/reference/maxim/api-docs.json", import.meta.url), "utf8"),
) as { paths: Record<string, Record<string, { operationId: string }>> };
const vendorOperations = Object.entries(vendor.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
  })),
);

const client = createRestClient({
  baseUrl: "http://127.0.0.1:1",
  appId: "app",
  accessToken: "token-12345678",
});
const resolve = (call: string) =>
  call
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], client);

describe("maximOperations", () => {
  it("lists every operation of the vendor's API once, with its method and path", () => {
    expect(vendorOperations).toHaveLength(184);
    const rows = maximOperations.map(({ operationId, method, path }) => ({ operationId, method, path }));
    const byId = (a: { operationId: string }, b: { operationId: string }) =>
      a.operationId.localeCompare(b.operationId);
    expect([...rows].sort(byId)).toEqual([...vendorOperations].sort(byId));
  });

  it("names a client function for each, and each call resolves to one", () => {
    const calls = new Set(maximOperations.map((row) => row.call));
    expect(calls.size).toBe(184);
    for (const row of maximOperations) expect(typeof resolve(row.call), row.call).toBe("function");
    expect(resolve("message.send")).toBe(client.message.send);
    expect(resolve("group.create")).toBe(client.group.create);
  });

  it("resolves the name clashes by namespace and the method twins by suffix", () => {
    const call = (method: string, path: string) =>
      maximOperations.find((row) => row.method === method && row.path === path)?.call;
    expect(call("POST", "/group/apply")).toBe("group.apply");
    expect(call("POST", "/roster/apply")).toBe("roster.apply");
    expect(call("POST", "/token/id")).toBe("token.id");
    expect(call("POST", "/token/user")).toBe("token.user");
    expect(call("POST", "/user/register/v2")).toBe("user.registerV2");
    expect(call("PUT", "/message/send")).toBe("message.sendPut");
    expect(call("DELETE", "/message/conversation")).toBe("message.conversationDelete");
    expect(call("GET", "/user/profile")).toBe("user.profile");
    expect(call("POST", "/user/profile")).toBe("user.profilePost");
  });

  it("records retry safety: by method, with the spec's exceptions", () => {
    const retry = (method: string, path: string) =>
      maximOperations.find((row) => row.method === method && row.path === path)?.retry;
    expect(retry("GET", "/group/info")).toBe(true);
    expect(retry("POST", "/group/create")).toBe(false);
    expect(retry("GET", "/message/ack")).toBe(false);
    expect(retry("GET", "/group/qrcode/sign")).toBe(false);
    for (const path of ["/group/info/batch", "/roster/list", "/token/id", "/token/login", "/token/user"]) {
      expect(retry("POST", path), path).toBe(true);
    }
    expect(retry("POST", "/message/send")).toBe("transaction_id");
    expect(retry("PUT", "/message/notify")).toBe("transaction_id");
  });

  it("knows where input goes and which answers are paged", () => {
    const row = (call: string) => maximOperations.find((candidate) => candidate.call === call);
    expect(row("group.applicationList")).toMatchObject({
      input: "json+query",
      answer: "page",
      paging: "cursor",
    });
    expect(row("user.private")).toMatchObject({ input: "text" });
    expect(row("message.unread")).toMatchObject({ input: "none" });
    expect(row("message.conversation")).toMatchObject({ input: "query", paging: "history" });
    expect(row("roster.list")).toMatchObject({ answer: "cursor", paging: "cursor" });
    expect(row("file.downloadChat")).toMatchObject({ answer: "binary" });
    expect(
      maximOperations
        .filter((candidate) => candidate.paging === "cursor")
        .map((c) => c.call)
        .sort(),
    ).toEqual([
      "group.applicationList",
      "group.bannedList",
      "group.blockedList",
      "group.invitationList",
      "group.memberList",
      "roster.applyList",
      "roster.list",
    ]);
  });
});
