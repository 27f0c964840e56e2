// What createRestClient's first chunk must leave to later chunks, checked on the built packages
// (build first: pnpm exec turbo run build): a regression here shows as bytes in the size table,
// this names the module that came back.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { loadedChunks } from "./loaded-chunks.js";
import { browserBundle } from "./measure.js";

async function firstChunkInputs(contents: string): Promise<string[]> {
  const result = await build({
    ...browserBundle,
    stdin: { contents, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "ts" },
    splitting: true,
    outdir: "out",
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name]?.entryPoint === "<stdin>") ?? "";
  return [...loadedChunks(outputs, [entry])].flatMap((name) => Object.keys(outputs[name]?.inputs ?? {}));
}

describe("createRestClient's first chunk", () => {
  it("holds no operation rows, validators, valibot, lossless-json or sending code", async () => {
    const inputs = await firstChunkInputs(`import { createRestClient } from "@chatwire/rest-client";
export const make = (options) => createRestClient(options);`);
    expect(inputs.some((input) => input.endsWith("rest-client/dist/create-rest-client.js"))).toBe(true);
    // The namespaces' loaders (gen/validators/index.js) belong here; what they load does not.
    const lazy =
      /valibot|lossless-json|gen\/operations\/|gen\/validators\/(?!index\.js)|gen\/maxim-operations|send-call|run-attempt/;
    expect(inputs.filter((input) => lazy.test(input))).toEqual([]);
  });
});
