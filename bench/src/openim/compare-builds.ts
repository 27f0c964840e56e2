// Compares this checkout's openim-types codecs with another build of the package (another
// commit's `packages/openim-types/dist/index.js`) in one process: rounds of each alternate, so
// both see the same load, and the median ratio of the rounds is printed per case.
//
//   git worktree add --detach /tmp/other <commit>
//   (cd /tmp/other && pnpm install && pnpm --filter @chatwire/openim-types... build)
//   pnpm --filter @chatwire/bench exec tsx src/openim/compare-builds.ts /tmp/other/packages/openim-types/dist/index.js
import { pathToFileURL } from "node:url";
import * as current from "@chatwire/openim-types";
import { historyPage, merge, text } from "./fixtures.js";

interface Codec {
  encode(value: unknown): { finish(): Uint8Array };
  decode(bytes: Uint8Array): unknown;
}
type Package = Record<string, Record<string, Codec>>;

const otherPath = process.argv[2];
if (otherPath === undefined) {
  console.error("usage: compare-builds.ts <path to another build's openim-types dist/index.js>");
  process.exit(2);
}
const other = (await import(pathToFileURL(otherPath).href)) as Package;
const here = current as unknown as Package;

const only = (() => {
  const numbers = { createTime: 1_700_000_000_000, sendTime: 1_700_000_000_037, seq: 1000, status: 2 };
  return current.shared.IMMessage.fromPartial({ ...numbers, sessionType: 1, msgFrom: 100, contentType: 101 });
})();
const shortStrings = current.shared.IMMessage.fromPartial({
  sendID: "3216540987",
  recvID: "7894561230",
  senderNickname: "Alice",
  createTime: 1_700_000_000_000,
});
const longStrings = current.shared.IMMessage.fromPartial({
  clientMsgID: "c0ffee00000000000000000000000012",
  serverMsgID: "5e7e7000000000000000000000000012",
  senderFaceURL: "https://cdn.example.com/avatar/3216540987.png",
});

const cases: [name: string, file: string, type: string, value: unknown][] = [
  ["IMMessage, numbers only", "shared", "IMMessage", only],
  ["IMMessage, strings of up to 12 bytes", "shared", "IMMessage", shortStrings],
  ["IMMessage, three 32–45-byte strings", "shared", "IMMessage", longStrings],
  ["IMMessage, text", "shared", "IMMessage", text],
  ["IMMessage, merge of 20", "shared", "IMMessage", merge],
  ["history page, 50 messages", "message", "GetAdvancedHistoryMessageListResp", historyPage],
];

function nanoseconds(run: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run();
  return Number(process.hrtime.bigint() - start);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
const rows: Record<string, string>[] = [];
for (const [name, file, type, value] of cases) {
  const mine = here[file]?.[type] as Codec;
  const theirs = other[file]?.[type] as Codec;
  if (theirs === undefined) throw new Error(`the other build has no ${file}.${type}`);
  const bytes = mine.encode(value).finish().slice();
  if (Buffer.compare(Buffer.from(theirs.encode(value).finish()), Buffer.from(bytes)) !== 0) {
    throw new Error(`the two builds encode ${name} differently`);
  }
  for (const op of ["encode", "decode"] as const) {
    const runMine = op === "encode" ? () => mine.encode(value).finish() : () => mine.decode(bytes);
    const runTheirs = op === "encode" ? () => theirs.encode(value).finish() : () => theirs.decode(bytes);
    let iterations = 1;
    while (nanoseconds(runMine, iterations) < 40e6) iterations *= 2;
    const ratios: number[] = [];
    const mineNs: number[] = [];
    const theirsNs: number[] = [];
    for (let round = 0; round < 21; round++) {
      const t = nanoseconds(runTheirs, iterations);
      const m = nanoseconds(runMine, iterations);
      ratios.push(t / m);
      theirsNs.push(t / iterations);
      mineNs.push(m / iterations);
    }
    const sorted = [...ratios].sort((a, b) => a - b);
    rows.push({
      case: `${name} (${bytes.length} B)`,
      op,
      "this build ns": median(mineNs).toFixed(0),
      "other build ns": median(theirsNs).toFixed(0),
      "speed this ÷ other": `${median(ratios).toFixed(2)}× (${(sorted[5] as number).toFixed(2)}–${(sorted[15] as number).toFixed(2)})`,
    });
  }
}
console.log("Median of 21 alternating rounds; in brackets the 25th and 75th percentile of the round ratios.");
console.table(rows);
