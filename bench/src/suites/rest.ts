// Per-call cost of @chatwire/rest-client against a plain fetch + JSON.parse making the same request,
// both talking to the fake MaxIM server over 127.0.0.1 in this process. The difference is what the
// client adds: openapi-fetch, int64 checks, lossless JSON, the retry/timeout policy and envelope
// unwrapping. The fake's message IDs have 16 digits, so every page goes through the lossless parser.
import { ContentType, createRestClient, TargetType } from "@chatwire/rest-client";
import { startFakeRestServer } from "@chatwire/rest-client/testing";
import { Bench } from "tinybench";
import { entryChunkWeights } from "../goals/bundle-size.js";
import { kib, reportGoal, times } from "../goals/goal-table.js";
import { restBundleSizes } from "../rest/bundle-size.js";

const appId = "bench-app";
const accessToken = "bench-token";
const reader = 2302128618880;
const historyPeer = 2302128618881;
const sendPeer = 2302128618882;
const pageSize = 50;

export async function run(): Promise<void> {
  const fake = await startFakeRestServer({ appId, accessToken });
  try {
    const client = createRestClient({ baseUrl: fake.url, appId, accessToken, userId: reader });
    const text = (to: number, content: string) => ({
      targets: [to],
      type: TargetType.USER,
      content,
      content_type: ContentType.TEXT,
    });
    for (let i = 0; i < pageSize; i++) await client.sendMessage(text(historyPeer, `history message ${i}`));

    const headers = {
      "content-type": "application/json",
      app_id: appId,
      "access-token": accessToken,
      user_id: String(reader),
    };
    const unwrap = async (response: Response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const envelope = JSON.parse(await response.text()) as { code: number; data: unknown };
      if (envelope.code !== 200) throw new Error(`code ${envelope.code}`);
      return envelope.data;
    };
    const plainSend = async () => {
      const body = JSON.stringify({ ...text(sendPeer, "hello"), attachment: "" });
      await unwrap(await fetch(`${fake.url}/message/send`, { method: "POST", headers, body }));
    };
    const plainPage = async () => {
      const query = `opposite_id=${historyPeer}&msg_id_start=0&limit=${pageSize}`;
      const data = (await unwrap(await fetch(`${fake.url}/message/conversation?${query}`, { headers }))) as {
        messages: unknown[];
      };
      if (data.messages.length !== pageSize) throw new Error("short page");
    };
    const clientSend = async () => {
      await client.sendMessage(text(sendPeer, "hello"));
    };
    const clientPage = async () => {
      const page = await client.getConversationMessages({
        opposite_id: historyPeer,
        msg_id_start: 0,
        limit: pageSize,
      });
      if (page.messages?.length !== pageSize) throw new Error("short page");
    };

    const tasks: Record<string, () => Promise<void>> = {
      "sendMessage: client": clientSend,
      "sendMessage: fetch + JSON.parse": plainSend,
      [`getConversationMessages(${pageSize}): client`]: clientPage,
      [`getConversationMessages(${pageSize}): fetch + JSON.parse`]: plainPage,
    };
    // Tasks run one after another, and later ones profit from a warmer JIT and lose to a fuller heap.
    // A shared warm-up, then every task in both orders, averaged, cancels most of that bias.
    const names = Object.keys(tasks);
    for (let i = 0; i < 300; i++) for (const name of names) await tasks[name]?.();
    const rounds = [names, [...names].reverse(), names, [...names].reverse()];
    const means = new Map<string, number[]>();
    const medians = new Map<string, number[]>();
    for (const order of rounds) {
      const bench = new Bench({ time: 600, warmupTime: 200 });
      for (const name of order) bench.add(name, tasks[name] as () => Promise<void>);
      await bench.run();
      for (const task of bench.tasks) {
        const result = task.result;
        if (!result || !("latency" in result)) throw new Error(`${task.name} did not complete`);
        means.set(task.name, [...(means.get(task.name) ?? []), result.latency.mean]);
        medians.set(task.name, [...(medians.get(task.name) ?? []), result.latency.p50 ?? Number.NaN]);
      }
    }
    const average = (values: number[] = []) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const meanMs = (name: string) => average(means.get(name));
    console.table(
      names.map((name) => ({
        task: name,
        "mean µs": Math.round(meanMs(name) * 1000),
        "median µs": Math.round(average(medians.get(name)) * 1000),
        "ops/s": Math.round(1000 / meanMs(name)),
      })),
    );
    const ratios: string[] = [];
    for (const call of ["sendMessage", `getConversationMessages(${pageSize})`]) {
      const ratio = meanMs(`${call}: client`) / meanMs(`${call}: fetch + JSON.parse`);
      console.log(`${call}: client / plain fetch = ${ratio.toFixed(2)}x per call`);
      ratios.push(`${times(ratio)} ${call === "sendMessage" ? "send" : `history(${pageSize})`}`);
    }
    const worst = Math.max(
      ...["sendMessage", `getConversationMessages(${pageSize})`].map(
        (call) => meanMs(`${call}: client`) / meanMs(`${call}: fetch + JSON.parse`),
      ),
    );
    reportGoal({
      what: "rest-client per call vs plain fetch + JSON.parse, loopback",
      today: ratios.join(", "),
      goal: "≤ 1.05×",
      met: worst <= 1.05,
      note:
        "what the client adds per call: checking the input and every answer against the spec, the scan " +
        "for integers beyond 2^53 before JSON.parse, the deadline and retry scope, the bounded body read",
    });

    const sizes = await restBundleSizes();
    console.log(
      `createRestClient alone, gzip: ${kib(sizes.singleFile)} as one file; ` +
        `${kib(sizes.entryChunk)} before the first call with splitting (${kib(sizes.allChunks)} all chunks); goal 12 KiB`,
    );
    const weights = await entryChunkWeights(
      `import { createRestClient } from "@chatwire/rest-client";
export const make = (options) => createRestClient(options);`,
      ["openapi-fetch"],
    );
    const met = sizes.entryChunk <= 12 * 1024;
    reportGoal({
      what: "`createRestClient` alone, gzip",
      today: `${kib(sizes.entryChunk)} before the first call, ${kib(sizes.singleFile)} as one file`,
      goal: "≤ 12 KiB",
      met,
      ...(met
        ? {}
        : {
            note:
              `${kib(sizes.entryChunk - 12 * 1024)} over before the first call; that holds openapi-fetch for ` +
              `\`client.api\` (${kib(weights["openapi-fetch"] ?? 0)}), the method names of the 184 operations and ` +
              "the checks of the client's options; each namespace's rows and validators, http-core's sending code " +
              `and lossless-json load later (${kib(sizes.allChunks - sizes.entryChunk)} in other chunks)`,
          }),
    });
  } finally {
    await fake.close();
  }
}
