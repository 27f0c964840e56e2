// Measures encode and decode of each case for chatwire and its peers in one process, and prints
// ops/s with the ratio chatwire/peer. With CHATWIRE_BENCH_PROCESSES=N (or `--processes N` on the
// bench command line) it runs the measurement in N fresh child processes, one after another,
// and prints the median of each figure with the lowest and highest ratio seen.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";

export interface Codec {
  encode(): unknown;
  decode(): unknown;
}

export interface Case {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** "chatwire" first; every other entry is a peer it is compared with. */
  readonly implementations: { readonly chatwire: Codec } & Readonly<Record<string, Codec>>;
}

const ops = ["encode", "decode"] as const;
type Op = (typeof ops)[number];

/** ops/s by case, op and implementation, from one process. */
type Measurement = Record<string, Record<Op, Record<string, number>>>;

const childFlag = "CHATWIRE_BENCH_CHILD";
const resultMarker = "chatwire-bench-result ";

/** Peers that encode must produce chatwire's bytes, or the comparison means nothing. */
function checkSameBytes(c: Case, byteExact: readonly string[]): void {
  for (const name of byteExact) {
    const bytes = c.implementations[name]?.encode() as Uint8Array;
    if (Buffer.compare(Buffer.from(bytes), Buffer.from(c.bytes)) !== 0) {
      throw new Error(`${name} encodes ${c.name} differently from chatwire`);
    }
  }
}

async function measure(cases: readonly Case[], byteExact: readonly string[]): Promise<Measurement> {
  const result: Measurement = {};
  for (const c of cases) {
    checkSameBytes(c, byteExact);
    const perOp = {} as Record<Op, Record<string, number>>;
    for (const op of ops) {
      const bench = new Bench({ time: 400, warmupTime: 100 });
      for (const [name, codec] of Object.entries(c.implementations)) bench.add(name, () => void codec[op]());
      await bench.run();
      perOp[op] = Object.fromEntries(
        Object.keys(c.implementations).map((name) => {
          const task = bench.getTask(name)?.result;
          return [name, task?.state === "completed" ? task.throughput.mean : Number.NaN];
        }),
      );
    }
    result[`${c.name} (${c.bytes.length} B)`] = perOp;
  }
  return result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const format = (n: number) => Math.round(n).toLocaleString("en-US");
const times = (n: number) => `${n.toFixed(2)}×`;

/** Median ops/s over the runs, and each peer's ratio as median (min–max) when there are several runs. */
function table(runs: readonly Measurement[]): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  const first = runs[0] ?? {};
  for (const [caseName, perOp] of Object.entries(first)) {
    for (const op of ops) {
      const names = Object.keys(perOp[op]);
      const row: Record<string, string> = { case: caseName, op };
      for (const name of names)
        row[`${name} ops/s`] = format(median(runs.map((r) => r[caseName]?.[op][name] ?? Number.NaN)));
      for (const peer of names.filter((n) => n !== "chatwire")) {
        const ratios = runs.map((r) => {
          const figures = r[caseName]?.[op];
          return (figures?.chatwire ?? Number.NaN) / (figures?.[peer] ?? Number.NaN);
        });
        const spread =
          runs.length > 1 ? ` (${times(Math.min(...ratios))}–${times(Math.max(...ratios))})` : "";
        row[`vs ${peer}`] = times(median(ratios)) + spread;
      }
      rows.push(row);
    }
  }
  return rows;
}

function processCount(): number {
  const count = Number(process.env.CHATWIRE_BENCH_PROCESSES ?? "1");
  if (!Number.isInteger(count) || count < 1)
    throw new Error("CHATWIRE_BENCH_PROCESSES must be a positive integer");
  return count;
}

/** Runs `suite` (a file name fragment run.ts accepts) in a fresh process and returns its figures. */
function measureInChild(suite: string): Measurement {
  const runner = fileURLToPath(new URL("../run.ts", import.meta.url));
  const child = spawnSync(process.execPath, [...process.execArgv, runner, suite], {
    env: { ...process.env, [childFlag]: "1" },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench child for ${suite} failed:\n${child.stderr}`);
  const line = child.stdout.split("\n").find((l) => l.startsWith(resultMarker));
  if (line === undefined) throw new Error(`bench child for ${suite} printed no result`);
  return JSON.parse(line.slice(resultMarker.length)) as Measurement;
}

/**
 * Measures `cases` (in this process, or in CHATWIRE_BENCH_PROCESSES child processes) and prints
 * the table. `byteExact` names the peers whose encode must equal chatwire's bytes.
 */
export async function compareCodecs(
  suite: string,
  cases: readonly Case[],
  byteExact: readonly string[],
): Promise<Measurement[]> {
  if (process.env[childFlag] === "1") {
    const figures = await measure(cases, byteExact);
    console.log(resultMarker + JSON.stringify(figures));
    return [figures];
  }
  const count = processCount();
  const runs: Measurement[] = [];
  if (count === 1) runs.push(await measure(cases, byteExact));
  else for (let i = 0; i < count; i++) runs.push(measureInChild(suite));
  console.log(count === 1 ? "one process" : `median of ${count} processes; ratios: median (lowest–highest)`);
  console.table(table(runs));
  return runs;
}

/** The median ratio chatwire/peer for one case and op over the runs. */
export function medianRatio(runs: readonly Measurement[], caseName: string, op: Op, peer: string): number {
  const key = Object.keys(runs[0] ?? {}).find((k) => k.startsWith(caseName));
  if (key === undefined) return Number.NaN;
  return median(runs.map((r) => (r[key]?.[op].chatwire ?? Number.NaN) / (r[key]?.[op][peer] ?? Number.NaN)));
}

export interface Goal {
  readonly caseName: string;
  readonly op: Op;
  readonly peer: string;
  readonly atLeast: number;
}

/** Prints each goal with the measured median ratio and whether it is met. */
export function printGoals(runs: readonly Measurement[], goals: readonly Goal[]): void {
  if (process.env[childFlag] === "1") return;
  console.table(
    goals.map((g) => {
      const ratio = medianRatio(runs, g.caseName, g.op, g.peer);
      return {
        goal: `${g.caseName} ${g.op} vs ${g.peer} ≥ ${times(g.atLeast)}`,
        measured: times(ratio),
        met: ratio >= g.atLeast ? "yes" : "no",
      };
    }),
  );
}
