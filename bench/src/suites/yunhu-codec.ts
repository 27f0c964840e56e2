// @chatwire/yunhu-client's generated codecs against protobufjs static code and native JSON, on
// a 30-message list_message answer: ops/s for encode and decode, and the ratio chatwire/peer.
import { compareCodecs, printGoals } from "../codec/compare.js";
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
}
