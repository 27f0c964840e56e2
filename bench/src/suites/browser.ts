// The codec comparison of the openim and yunhu-codec suites, run again in headless Chromium:
// the bundle a web app would ship, timed in the page. Skipped with a message without Chromium.
import { fileURLToPath } from "node:url";
import { chromiumMissing, openBrowserPage } from "@chatwire/browser-tests/harness";
import type { BrowserMeasurement } from "../browser/speed-page.js";

const times = (n: number) => `${n.toFixed(2)}×`;

export async function run(): Promise<void> {
  const missing = chromiumMissing();
  if (missing !== undefined) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const entry = fileURLToPath(new URL("../browser/speed-page.ts", import.meta.url));
  const browser = await openBrowserPage(entry, "chatwireSpeed");
  try {
    const figures = (await browser.page.evaluate(() =>
      (
        globalThis as unknown as { chatwireSpeed: { measure(ms: number): Promise<unknown> } }
      ).chatwireSpeed.measure(400),
    )) as BrowserMeasurement;
    const version = browser.page.context().browser()?.version() ?? "?";
    console.log(`Chromium ${version}, headless; ops/s in the page, ratio chatwire/peer`);
    const rows: Record<string, string>[] = [];
    for (const [caseName, perOp] of Object.entries(figures)) {
      for (const op of ["encode", "decode"] as const) {
        const row: Record<string, string> = { case: caseName, op };
        const ops = perOp[op];
        for (const [name, value] of Object.entries(ops))
          row[`${name} ops/s`] = Math.round(value).toLocaleString("en-US");
        for (const peer of Object.keys(ops).filter((name) => name !== "chatwire"))
          row[`vs ${peer}`] = times((ops.chatwire ?? Number.NaN) / (ops[peer] ?? Number.NaN));
        rows.push(row);
      }
    }
    console.table(rows);
  } finally {
    await browser.close();
  }
}
