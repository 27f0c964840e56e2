// @chatwire/openim-types against protobufjs (static code), protobuf-es and native JSON of the
// same objects, on identical bytes: ops/s for encode and decode, the ratio chatwire/peer, the
// goals this layer is held to, and bundle sizes.
import { compareCodecs, printGoals } from "../codec/compare.js";
import { bundleSizes } from "../goals/bundle-size.js";
import { kib, reportGoal } from "../goals/goal-table.js";
import { gzippedBundleSizes } from "../openim/bundle-size.js";
import { cases } from "../openim/implementations.js";

const text = "IMMessage (text)";
const page = "history page (50 messages)";

export async function run(): Promise<void> {
  const runs = await compareCodecs("openim", cases, ["protobufjs", "protobuf-es"]);
  if (process.env.CHATWIRE_BENCH_CHILD === "1") return;
  printGoals(runs, [
    { caseName: text, op: "encode", peer: "protobufjs", atLeast: 1.5 },
    { caseName: text, op: "decode", peer: "protobufjs", atLeast: 2 },
    { caseName: page, op: "encode", peer: "protobufjs", atLeast: 2 },
    { caseName: page, op: "decode", peer: "protobufjs", atLeast: 2.5 },
    { caseName: text, op: "encode", peer: "JSON", atLeast: 1 },
    { caseName: text, op: "decode", peer: "JSON", atLeast: 1 },
    { caseName: page, op: "encode", peer: "JSON", atLeast: 1 },
    { caseName: page, op: "decode", peer: "JSON", atLeast: 1 },
  ]);
  const sizes = await gzippedBundleSizes();
  console.log("IMMessage encode+decode bundle, minified + gzip (goal: chatwire ./binary ≤ 12 KiB):");
  console.table(
    Object.fromEntries(
      Object.entries(sizes).map(([name, bytes]) => [name, { KiB: (bytes / 1024).toFixed(1) }]),
    ),
  );
  const binary = sizes["chatwire (./binary)"] ?? Number.NaN;
  const root = await bundleSizes(`import { shared } from "@chatwire/openim-types";
export const roundTrip = (b) => shared.IMMessage.encode(shared.IMMessage.decode(b)).finish();`);
  reportGoal({
    what: "`IMMessage` encode+decode with its runtime, gzip",
    today: `${kib(binary)} (./binary); ${kib(root.singleFile)} (package root)`,
    goal: "≤ 12 KiB",
    met: binary <= 12 * 1024,
    note:
      "met through ./binary, the codec-only entry; the root and ./shared carry the codec objects, whose " +
      "fromJSON/toJSON/fromPartial come along with encode/decode",
  });
}
