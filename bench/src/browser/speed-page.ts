// Runs in Chromium: the same codec cases the Node suites measure (chatwire against protobufjs,
// protobuf-es and JSON, on identical bytes), timed with tinybench in the page.
import { Bench } from "tinybench";
import type { Case } from "../codec/compare.js";
import { cases as openimCases } from "../openim/implementations.js";
import { cases as yunhuCases } from "../yunhu-codec/implementations.js";

/** ops/s by case, op and implementation. */
export type BrowserMeasurement = Record<string, Record<"encode" | "decode", Record<string, number>>>;

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Peers whose encode must give chatwire's bytes, or the comparison means nothing. */
const byteExact = ["protobufjs", "protobuf-es"];

async function measure(timeMs: number): Promise<BrowserMeasurement> {
  const result: BrowserMeasurement = {};
  for (const c of [...openimCases, ...yunhuCases] as Case[]) {
    for (const peer of byteExact) {
      const codec = c.implementations[peer];
      if (codec !== undefined && !sameBytes(codec.encode() as Uint8Array, c.bytes))
        throw new Error(`${peer} encodes ${c.name} differently from chatwire`);
    }
    const perOp = {} as BrowserMeasurement[string];
    for (const op of ["encode", "decode"] as const) {
      const bench = new Bench({ time: timeMs, warmupTime: timeMs / 4 });
      for (const [name, codec] of Object.entries(c.implementations)) bench.add(name, () => void codec[op]());
      await bench.run();
      perOp[op] = Object.fromEntries(
        bench.tasks.map((task) => [
          task.name,
          task.result.state === "completed" ? task.result.throughput.mean : Number.NaN,
        ]),
      );
    }
    result[`${c.name} (${c.bytes.length} B)`] = perOp;
  }
  return result;
}

(globalThis as Record<string, unknown>).chatwireSpeed = { measure };
