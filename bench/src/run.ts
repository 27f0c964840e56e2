// Runs every suite in src/suites (or only those named on the command line), one after another,
// in this process, so each ratio compares implementations measured under the same conditions.
// `--processes N` makes the codec suites measure in N fresh processes and print medians.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printGoalTable } from "./goals/goal-table.js";

const dir = fileURLToPath(new URL("./suites/", import.meta.url));
const args = process.argv.slice(2);
const processesFlag = args.indexOf("--processes");
if (processesFlag >= 0) {
  process.env.CHATWIRE_BENCH_PROCESSES = args[processesFlag + 1] ?? "";
  args.splice(processesFlag, 2);
}
const wanted = args.filter((a) => a !== "--");
const suites = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
for (const file of suites) {
  const suite = (await import(new URL(`./suites/${file}`, import.meta.url).href)) as { run(): Promise<void> };
  console.log(`\n## ${file.replace(/\.ts$/, "")}\n`);
  await suite.run();
}
if (process.env.CHATWIRE_BENCH_CHILD !== "1") printGoalTable();
