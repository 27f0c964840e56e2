import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gzippedSize } from "./measure.js";

// A tiny app: an entry, a module it imports, one it loads lazily, and that one's own import.
const dir = mkdtempSync(join(tmpdir(), "size-measure-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const filler = (name: string) =>
  `export const ${name} = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => `${name}${i * 7919}`))};`;
writeFileSync(join(dir, "eager.js"), filler("eager"));
writeFileSync(join(dir, "lazy.js"), `import { deep } from "./deep.js";\n${filler("lazy")}\nexport { deep };`);
writeFileSync(join(dir, "deep.js"), filler("deep"));
const contents = `import { eager } from "./eager.js";
export const first = () => eager.length;
export const later = () => import("./lazy.js");`;

describe("gzippedSize", () => {
  it("measures one file with lazy imports inlined, the entry chunk without them, and a first call with them", async () => {
    const oneFile = await gzippedSize({ name: "one file", contents }, dir);
    const entryChunk = await gzippedSize({ name: "entry", contents, split: {} }, dir);
    const firstCall = await gzippedSize({ name: "call", contents, split: { loads: ["lazy.js"] } }, dir);
    expect(entryChunk).toBeLessThan(oneFile / 2);
    expect(firstCall).toBeGreaterThan(entryChunk * 2);
  });

  it("refuses to count a module that is not loaded lazily", async () => {
    await expect(
      gzippedSize({ name: "call", contents, split: { loads: ["eager.js"] } }, dir),
    ).rejects.toThrow(/expected one chunk for eager\.js, found 0/);
  });
});
