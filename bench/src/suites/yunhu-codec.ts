// @chatwire/yunhu-client's generated codecs against protobufjs static code and native JSON, on
// a 30-message list_message answer: ops/s for encode and decode, and the ratio chatwire/peer.
import { compareCodecs, medianRatio, printGoals } from "../codec/compare.js";
import { reportGoal, times } from "../goals/goal-table.js";
import { cases } from "../yunhu-codec/implementations.js";

const page = "list_message (30 messages)";

export async function run(): Promise<void> {
  const runs = await compareCodecs("yunhu-codec", cases, ["protobufjs"]);
  printGoals(runs, [
    { caseName: page, op: "encode", peer: "protobufjs", atLeast: 2 },
    { caseName: page, op: "decode", peer: "protobufjs", atLeast: 2.5 },
    { caseName: page, op: "encode", peer: "JSON", atLeast: 1 },
    { caseName: page, op: "decode", peer: "JSON", atLeast: 1 },
  ]);
  if (process.env.CHATWIRE_BENCH_CHILD === "1") return;
  const encode = medianRatio(runs, page, "encode", "protobufjs");
  const decode = medianRatio(runs, page, "decode", "protobufjs");
  reportGoal({
    what: "Yunhu `list_message` (30) vs protobufjs static",
    today: `encode ${times(encode)}, decode ${times(decode)}`,
    goal: "≥ 2×, ≥ 2.5×",
    met: encode >= 2 && decode >= 2.5,
    ...(encode >= 2 && decode >= 2.5
      ? {}
      : {
          note:
            [
              encode < 2 ? `encode ${times(2 - encode)} short` : "",
              decode < 2.5 ? `decode ${times(2.5 - decode)} short` : "",
            ]
              .filter(Boolean)
              .join(", ") +
            "; one process's ratios move by ±0.5× on a loaded machine: take the median of `--processes 5`",
        }),
  });
}
