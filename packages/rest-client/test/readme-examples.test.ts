// Runs the README's ```ts blocks against the sources, so the documented examples keep working.
// The later snippets continue the first one (they use its `client` and `server`), so each is run
// after a small setup that creates both.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const src = fileURLToPath(new URL("../src/", import.meta.url));
const entryPoints: Record<string, string> = {
  "@chatwire/rest-client": "index.ts",
  "@chatwire/rest-client/testing": "testing/index.ts",
};
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const dir = mkdtempSync(join(tmpdir(), "rest-client-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the snippets after the first one take for granted. */
const setup = `import { createRestClient as __createRestClient } from "@chatwire/rest-client";
import { startFakeRestServer as __startFakeRestServer } from "@chatwire/rest-client/testing";
const server = await __startFakeRestServer({ appId: "demo-app", accessToken: "demo-admin-token" });
const client = __createRestClient({ baseUrl: server.url, appId: "demo-app", accessToken: "demo-admin-token" });
`;

function pointImportsAtSources(code: string): string {
  return code.replace(/from "(@chatwire\/rest-client[^"]*)"/g, (_, specifier: string) => {
    const entry = entryPoints[specifier];
    if (!entry) throw new Error(`README imports ${specifier}, which the test does not map`);
    return `from ${JSON.stringify(join(src, entry))}`;
  });
}

/** Runs one module and returns the arguments of every `console.log` call it made. */
async function run(name: string, code: string): Promise<unknown[][]> {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, pointImportsAtSources(code));
  const calls: unknown[][] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void calls.push(args));
  try {
    await import(file);
  } finally {
    log.mockRestore();
  }
  return calls;
}

describe("README examples", () => {
  it("has the walkthrough, error and fake-server examples", () => {
    expect(blocks).toHaveLength(3);
  });

  it("the walkthrough registers, creates a group, sends, pages and prints what it documents", async () => {
    const calls = await run("walkthrough", blocks[0]!);
    // The group's members (Ann and Bob, one page), then the group's one message.
    expect(calls.slice(0, 2)).toEqual([
      [2, 2],
      ["TEXT", "hello"],
    ]);
    // The comment after the last `console.log` says what it prints.
    const promised = /console\.log\(await (?:client|admin)\.listUnread\([^\n]*\); \/\/ (.*)/.exec(
      blocks[0]!,
    )?.[1];
    expect(promised).toBeDefined();
    expect(calls.at(-1)).toEqual([new Function(`return (${promised})`)()]);
  });

  it("the error example reports a business error's code and operation", async () => {
    const calls = await run("errors", `${setup}${blocks[1]}\nawait server.close();\n`);
    expect(calls).toEqual([[404, "GET /group/info"]]);
  });

  it("the fake-server example retries after the Retry-After pause, then succeeds", async () => {
    const code = `${setup}${blocks[2]}
console.log(server.requests.map((request) => request.receivedAt));
await server.close();
`;
    const calls = await run("fail-next", code);
    const [arrivals] = calls.at(-1) as [number[]];
    expect(arrivals).toHaveLength(2);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(900);
  }, 10_000);
});
