// Runs every ```ts block of the README that imports this package, against the sources, so the
// documented examples keep working.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const src = fileURLToPath(new URL("../src/", import.meta.url));
const entryPoints: Record<string, string> = {
  "@chatwire/openim-types": "index.ts",
  "@chatwire/openim-types/testing": "testing/index.ts",
  "@chatwire/openim-types/sdk": "sdk/index.ts",
  "@chatwire/openim-types/sdk/native": "sdk/native-transport.ts",
  "@chatwire/openim-types/sdk/wasm": "sdk/wasm-transport.ts",
  "@chatwire/openim-types/common": "common.ts",
  "@chatwire/openim-types/shared": "shared.ts",
  "@chatwire/openim-types/message": "message.ts",
};
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((m) => m[1] as string)
  .filter((code) => code.includes('from "@chatwire/openim-types'));
const dir = mkdtempSync(join(tmpdir(), "openim-readme-"));

describe("README examples", () => {
  it("has examples to run", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it.each(blocks.map((code, i) => [i + 1, code] as const))(
    "example %i runs",
    async (index, code) => {
      const rewritten = code.replace(/from "(@chatwire\/openim-types[^"]*)"/g, (_, specifier: string) => {
        const entry = entryPoints[specifier];
        if (!entry) throw new Error(`README imports ${specifier}, which the test does not map`);
        return `from ${JSON.stringify(join(src, entry))}`;
      });
      const file = join(dir, `example-${index}.ts`);
      writeFileSync(file, rewritten);
      const lines: string[] = [];
      const log = vi
        .spyOn(console, "log")
        .mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
      try {
        await import(file);
      } finally {
        log.mockRestore();
      }
      expect(lines.length).toBeGreaterThan(0);
      // Compiling an example on first import takes seconds on a busy machine.
    },
    30_000,
  );
});
