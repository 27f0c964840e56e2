// Measures every size entry, prints the table with budgets and goals, and exits 1 when a bundle
// is over its budget (or has none).
//   pnpm --filter @chatwire/bench size
import { sizeBudgets } from "./budgets.js";
import { sizeEntries } from "./entries.js";
import { judgeSizes, type SizeRow } from "./judge.js";
import { gzippedSize } from "./measure.js";

/** Measures, prints and returns the rows; shared by this script and the bench suite. */
export async function reportSizes(): Promise<SizeRow[]> {
  const sizes = new Map<string, number>();
  for (const entry of sizeEntries) sizes.set(entry.name, await gzippedSize(entry));
  const rows = judgeSizes(sizes, sizeBudgets);
  const kib = (bytes: number | undefined) => (bytes === undefined ? "—" : (bytes / 1024).toFixed(1));
  console.log("Bundles: esbuild, minified, ESM, platform browser, gzip (bytes; the rest in KiB)");
  console.table(
    Object.fromEntries(
      rows.map((row) => [
        row.name,
        {
          bytes: row.size ?? "—",
          size: kib(row.size),
          budget: kib(row.budget),
          goal: row.goal === undefined ? "—" : `≤ ${kib(row.goal)}`,
          "goal met":
            row.goal === undefined || row.size === undefined ? "—" : row.size <= row.goal ? "yes" : "no",
          check: row.failure ?? "ok",
        },
      ]),
    ),
  );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const failures = (await reportSizes()).filter((row) => row.failure !== undefined);
  for (const row of failures) console.error(`size check failed: ${row.name}: ${row.failure}`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}
