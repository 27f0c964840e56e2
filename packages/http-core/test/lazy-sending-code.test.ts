// Creating a caller checks its options and nothing more; the code that sends (attempts, retries,
// deadlines, redirects, reading answers) is imported with the first call.
import { beforeEach, describe, expect, it, vi } from "vitest";

let imports = 0;
let failNextImport = false;
let importDelayMs = 0;

beforeEach(() => {
  imports = 0;
  failNextImport = false;
  importDelayMs = 0;
  vi.resetModules();
  vi.doMock("../src/send-call.js", async (importOriginal) => {
    imports++;
    await new Promise((resolve) => setTimeout(resolve, importDelayMs));
    if (failNextImport) {
      failNextImport = false;
      throw new TypeError("Failed to fetch dynamically imported module");
    }
    return importOriginal();
  });
});

/** A caller from a fresh copy of the module graph whose fetch answers `{"ok":true}` or waits for its signal. */
async function freshCaller(options: { hang?: boolean; totalTimeoutMs?: number } = {}) {
  const { createHttpCaller } = await import("../src/create-http-caller.js");
  return createHttpCaller({
    baseUrl: "https://api.example",
    retry: false,
    ...(options.totalTimeoutMs === undefined ? {} : { totalTimeoutMs: options.totalTimeoutMs }),
    fetch: (_input, init) =>
      options.hang
        ? new Promise((_resolve, reject) => {
            init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
          })
        : Promise.resolve(new Response('{"ok":true}')),
  });
}
const request = {
  operation: "GET /x",
  method: "GET",
  path: "/x",
  repeatable: true,
  read: (answer: { json(): unknown }) => answer.json(),
};

describe("the sending code", () => {
  it("is not loaded to create a caller, and is loaded once, by the first call", async () => {
    const caller = await freshCaller();
    expect(imports).toBe(0);
    await expect(Promise.all([caller.call(request), caller.call(request)])).resolves.toEqual([
      { ok: true },
      { ok: true },
    ]);
    await expect(caller.fetch("https://api.example/x")).resolves.toMatchObject({ status: 200 });
    expect(imports).toBe(1);
  });

  it("that cannot be loaded fails the call with the client's network error, and is tried again", async () => {
    const caller = await freshCaller();
    failNextImport = true;
    await expect(caller.call(request)).rejects.toMatchObject({
      name: "ChatwireError",
      kind: "network",
      operation: "GET /x",
      message: "GET /x: request not sent: the code that sends it could not be loaded",
    });
    await expect(caller.call(request)).resolves.toEqual({ ok: true });
    expect(imports).toBe(2);
  });

  it("counts its loading time within the call's totalTimeoutMs", async () => {
    importDelayMs = 150;
    const caller = await freshCaller({ hang: true, totalTimeoutMs: 100 });
    const started = performance.now();
    await expect(caller.call(request)).rejects.toMatchObject({ kind: "timeout" });
    // The load took 150 ms of the 100 ms budget: the call ends as soon as it is there, not 100 ms later.
    expect(performance.now() - started).toBeLessThan(150 + 75);
  });
});
