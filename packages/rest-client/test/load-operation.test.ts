// A client is built from the method names alone; what an operation needs (its row and validators)
// arrives with its namespace's module, imported on the first call of one of its operations.
import { beforeEach, describe, expect, it, vi } from "vitest";

type Loaders = typeof import("../src/gen/validators/index.js").namespaceLoaders;

/** A fresh copy of the package whose namespace loaders record each import they start. */
async function freshPackage() {
  vi.resetModules();
  const { namespaceLoaders } = await import("../src/gen/validators/index.js");
  const loads: string[] = [];
  for (const namespace of Object.keys(namespaceLoaders) as (keyof Loaders)[]) {
    const load = namespaceLoaders[namespace];
    vi.spyOn(namespaceLoaders, namespace).mockImplementation((() => {
      loads.push(namespace);
      return load();
    }) as never);
  }
  const { createRestClient, isRestApiError } = await import("../src/index.js");
  const answered: string[] = [];
  const client = createRestClient({
    baseUrl: "http://127.0.0.1:1",
    appId: "app",
    accessToken: "token-12345678",
    fetch: async (input) => {
      answered.push(new URL(String(input)).pathname);
      return new Response('{"code":200,"message":"ok","data":[]}');
    },
  });
  return { client, loads, answered, isRestApiError };
}

describe("namespace modules", () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it("are not loaded to build a client: every function and pager exists before any call", async () => {
    const { client, loads } = await freshPackage();
    expect(Object.keys(client.group)).toHaveLength(76);
    expect(typeof client.user.registerV2).toBe("function");
    expect(typeof client.group.memberList.pages).toBe("function");
    expect(typeof client.message.conversation.pages).toBe("function");
    expect("pages" in client.group.create).toBe(false);
    expect(typeof client.sendMessage).toBe("function");
    expect(loads).toEqual([]);
  });

  it("are loaded once, on the first call of one of their operations", async () => {
    const { client, loads, answered } = await freshPackage();
    await Promise.all([client.message.unread(), client.listUnread()]);
    await client.message.unread();
    expect(answered).toEqual(["/message/unread", "/message/unread", "/message/unread"]);
    expect(loads).toEqual(["message"]);
    await expect(client.roster.blockedList()).resolves.toEqual([]);
    expect(loads).toEqual(["message", "roster"]);
  });

  it("fail the call as a network RestApiError naming it when an import fails, and are imported again on the next call", async () => {
    const { client, loads, isRestApiError } = await freshPackage();
    const { namespaceLoaders } = await import("../src/gen/validators/index.js");
    vi.mocked(namespaceLoaders.message).mockImplementationOnce(() => {
      loads.push("message (failed)");
      return Promise.reject(new TypeError("Failed to fetch dynamically imported module"));
    });
    const failure = await client.message.unread().catch((error: unknown) => error);
    expect(isRestApiError(failure)).toBe(true);
    expect(failure).toMatchObject({
      kind: "network",
      operation: "GET /message/unread",
      retryable: true,
      message: "GET /message/unread: the code of the message operations could not be loaded",
    });
    expect(String((failure as Error).cause)).toContain("Failed to fetch");
    await expect(client.message.unread()).resolves.toEqual([]);
    expect(loads).toEqual(["message (failed)", "message"]);
  });

  it("are loaded by a pager when it starts, not when it is made", async () => {
    const { client, loads } = await freshPackage();
    const pages = client.roster.list.pages({});
    expect(loads).toEqual([]);
    await pages.next();
    expect(loads).toEqual(["roster"]);
  });
});
