// What a browser build of the codecs holds: the runtime's probe of Node's own UTF-8 routines is
// swapped out through the "browser" field of its package.json, as bundlers that honour it do,
// while a build for Node keeps it.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundlePage } from "../src/bundle-page.js";

const codecsPage = fileURLToPath(new URL("../page/codecs.ts", import.meta.url));

describe("a browser build of the codecs", () => {
  it("leaves Node's UTF-8 routines and their probe out", async () => {
    const script = await bundlePage(codecsPage);
    expect(script).toContain("TextDecoder");
    expect(script).not.toContain("utf8Slice");
    expect(script).not.toContain("utf8Write");
  });

  it("which a build for Node keeps", async () => {
    const result = await build({
      entryPoints: [codecsPage],
      bundle: true,
      format: "esm",
      platform: "node",
      write: false,
      logLevel: "silent",
    });
    const script = result.outputFiles[0]?.text ?? "";
    expect(script).toContain("utf8Slice");
    expect(script).toContain("utf8Write");
  });
});
