import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { markdownTables } from "./support/markdown-tables.js";

/** Table rows with their cells trimmed, so column padding added by a formatter does not matter. */
function normalizeTables(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => {
      if (!line.startsWith("|")) return line;
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim());
      return `| ${cells.map((cell) => (/^-+$/.test(cell) ? "---" : cell)).join(" | ")} |`;
    })
    .join("\n");
}

const readme = normalizeTables(readFileSync(new URL("../README.md", import.meta.url), "utf8"));

describe("README", () => {
  for (const [system, table] of Object.entries(markdownTables)) {
    it(`shows the ${system} mapping table exactly as the converters use it`, () => {
      expect(readme).toContain(normalizeTables(table));
    });
  }
});
