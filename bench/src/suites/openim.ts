// @chatwire/openim-types against protobufjs (static code) and protobuf-es, in one process, on
// identical bytes: ops/s for encode and decode, the ratio chatwire/peer, and bundle sizes.
import { Bench } from "tinybench";
import { gzippedBundleSizes } from "../openim/bundle-size.js";
import { type Case, cases } from "../openim/implementations.js";

const peers = ["protobufjs", "protobuf-es"] as const;
const implementations = ["chatwire", ...peers] as const;

/** Every implementation must produce the chatwire bytes, or the comparison means nothing. */
function checkSameBytes(c: Case): void {
  for (const name of implementations) {
    const bytes = c.implementations[name].encode();
    if (Buffer.compare(Buffer.from(bytes), Buffer.from(c.bytes)) !== 0) {
      throw new Error(`${name} encodes ${c.name} differently from chatwire`);
    }
  }
}

const opsPerSecond = (bench: Bench, name: string): number => {
  const result = bench.getTask(name)?.result;
  return result?.state === "completed" ? result.throughput.mean : Number.NaN;
};

const format = (n: number) => Math.round(n).toLocaleString("en-US");

export async function run(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  for (const c of cases) {
    checkSameBytes(c);
    for (const op of ["encode", "decode"] as const) {
      const bench = new Bench({ time: 400, warmupTime: 100 });
      for (const name of implementations) bench.add(name, () => void c.implementations[name][op]());
      await bench.run();
      const ours = opsPerSecond(bench, "chatwire");
      const row: Record<string, string | number> = { case: `${c.name} (${c.bytes.length} B)`, op };
      for (const name of implementations) row[`${name} ops/s`] = format(opsPerSecond(bench, name));
      for (const peer of peers) row[`vs ${peer}`] = `${(ours / opsPerSecond(bench, peer)).toFixed(2)}×`;
      rows.push(row);
    }
  }
  console.table(rows);
  const sizes = await gzippedBundleSizes();
  console.log("IMMessage encode+decode bundle, minified + gzip:");
  console.table(
    Object.fromEntries(
      Object.entries(sizes).map(([name, bytes]) => [name, { KiB: (bytes / 1024).toFixed(1) }]),
    ),
  );
}
