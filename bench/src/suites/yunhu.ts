// Per-call cost of @chatwire/yunhu-client against a hand-made fetch + the same generated codec,
// both talking to the fake Yunhu server over 127.0.0.1 in this process. The difference is what the
// client adds: request checks, the retry/timeout policy, Status checking and error shaping.
import { createYunhuClient, msg, newMessageId } from "@chatwire/yunhu-client";
import { defaultFakeUser, startFakeYunhuServer } from "@chatwire/yunhu-client/testing";
import { Bench } from "tinybench";
import { bundleSizes, entryChunkWeights } from "../goals/bundle-size.js";
import { kib, reportGoal, times } from "../goals/goal-table.js";

const protobuf = "application/x-protobuf";
const listChat = { chatId: "bench-history", chatType: 2 };
const sendChat = { chatId: "bench-sends", chatType: 2 };
const rounds = 7;

export async function run(): Promise<void> {
  const fake = await startFakeYunhuServer();
  try {
    const client = createYunhuClient({ token: defaultFakeUser.token, baseUrl: fake.url });
    for (let i = 0; i < 30; i++) {
      await client.sendMessage({
        ...listChat,
        contentType: 1,
        data: { text: `history message ${i} — 历史消息` },
      });
    }

    const post = async (path: string, body: Uint8Array): Promise<Uint8Array> => {
      const response = await fetch(fake.url + path, {
        method: "POST",
        headers: { "content-type": protobuf, token: defaultFakeUser.token },
        body: body as Uint8Array<ArrayBuffer>,
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    };
    const handSend = async () => {
      const request = msg.sendMessageSend.fromPartial({
        ...sendChat,
        msgId: newMessageId(),
        contentType: 1,
        data: { text: "hello" },
      });
      const answer = msg.sendMessage.decode(
        await post("/v1/msg/send-message", msg.sendMessageSend.encode(request).finish()),
      );
      if (answer.status?.code !== 1) throw new Error("send refused");
    };
    const handList = async () => {
      const request = msg.listMessageSend.fromPartial({ ...listChat, msgCount: 30 });
      const answer = msg.listMessage.decode(
        await post("/v1/msg/list-message", msg.listMessageSend.encode(request).finish()),
      );
      if (answer.status?.code !== 1 || answer.msg.length !== 30) throw new Error("list failed");
    };
    const clientSend = async () => {
      await client.sendMessage({ ...sendChat, contentType: 1, data: { text: "hello" } });
    };
    const clientList = async () => {
      const answer = await client.listMessage({ ...listChat, msgCount: 30 });
      if (answer.msg.length !== 30) throw new Error("list failed");
    };

    // The same send with the network taken out: a fetch that answers from memory shows what the
    // client itself costs per call (checks, policy, Status handling) next to the bare codec.
    const okAnswer = msg.sendMessage
      .encode(msg.sendMessage.fromPartial({ status: { code: 1, msg: "success" } }))
      .finish();
    const memoryFetch: typeof fetch = async () =>
      new Response(okAnswer.slice() as Uint8Array<ArrayBuffer>, { headers: { "content-type": protobuf } });
    const memoryClient = createYunhuClient({
      token: defaultFakeUser.token,
      baseUrl: fake.url,
      fetch: memoryFetch,
    });
    const memoryClientSend = async () => {
      await memoryClient.sendMessage({ ...sendChat, contentType: 1, data: { text: "hello" } });
    };
    const memoryHandSend = async () => {
      const request = msg.sendMessageSend.fromPartial({
        ...sendChat,
        msgId: newMessageId(),
        contentType: 1,
        data: { text: "hello" },
      });
      const response = await memoryFetch(`${fake.url}/v1/msg/send-message`, {
        method: "POST",
        headers: { "content-type": protobuf, token: defaultFakeUser.token },
        body: msg.sendMessageSend.encode(request).finish() as Uint8Array<ArrayBuffer>,
      });
      const answer = msg.sendMessage.decode(new Uint8Array(await response.arrayBuffer()));
      if (answer.status?.code !== 1) throw new Error("send refused");
    };

    const tasks: Record<string, () => Promise<void>> = {
      "sendMessage: client": clientSend,
      "sendMessage: fetch + codec": handSend,
      "listMessage(30): client": clientList,
      "listMessage(30): fetch + codec": handList,
      "sendMessage, no I/O: client": memoryClientSend,
      "sendMessage, no I/O: fetch + codec": memoryHandSend,
    };
    // Short interleaved rounds instead of one long run per task: background load then hits both
    // sides of a ratio alike, and the median round discards the outliers.
    const means: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      const bench = new Bench({ time: 250, warmup: round === 0, warmupTime: 300 });
      // Alternate the order too, so neither side always runs first.
      const order = round % 2 === 0 ? Object.entries(tasks) : Object.entries(tasks).reverse();
      for (const [name, fn] of order) bench.add(name, fn);
      await bench.run();
      for (const task of bench.tasks) {
        const result = task.result;
        if (!("latency" in result)) throw new Error(`${task.name} did not complete`);
        means[task.name]?.push(result.latency.mean);
      }
    }

    const median = (values: readonly number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    console.table(
      Object.entries(means).map(([task, values]) => ({
        task,
        "median µs/call": Math.round(median(values) * 1000),
        "calls/s": Math.round(1000 / median(values)),
      })),
    );
    const ratios: Record<string, number> = {};
    for (const call of ["sendMessage", "listMessage(30)", "sendMessage, no I/O"]) {
      const client = means[`${call}: client`] ?? [];
      const hand = means[`${call}: fetch + codec`] ?? [];
      const paired = client.map((value, i) => value / (hand[i] ?? value)).sort((a, b) => a - b);
      const ratio = median(client) / median(hand);
      ratios[call] = ratio;
      console.log(
        `${call}: client / hand-made fetch + codec = ${ratio.toFixed(2)}x per call ` +
          `(median times; per-round ratios ${paired[0]?.toFixed(2)}–${paired.at(-1)?.toFixed(2)})`,
      );
    }
    const withIo = Math.max(ratios.sendMessage ?? Number.NaN, ratios["listMessage(30)"] ?? Number.NaN);
    const noIo = ratios["sendMessage, no I/O"] ?? Number.NaN;
    reportGoal({
      what: "yunhu-client per call vs fetch + the same codec, loopback",
      today:
        `${times(ratios.sendMessage ?? Number.NaN)} send, ${times(ratios["listMessage(30)"] ?? Number.NaN)} list(30); ` +
        `without I/O ${times(noIo)}`,
      goal: "≤ 1.05×, without I/O ≤ 1.2×",
      met: withIo <= 1.05 && noIo <= 1.2,
      note:
        "what the client adds per call: the request shape checks around fromPartial, the deadline and " +
        "retry scope, the bounded body read and the Status check",
    });

    const entry = `import { createYunhuClient } from "@chatwire/yunhu-client";
export const make = (options) => createYunhuClient(options);`;
    const sizes = await bundleSizes(entry);
    const weights = await entryChunkWeights(entry, ["openapi-fetch", "valibot"]);
    console.log(
      `createYunhuClient alone, gzip: ${kib(sizes.singleFile)} as one file; ` +
        `${kib(sizes.entryChunk)} before the first call with splitting; goal 12 KiB`,
    );
    reportGoal({
      what: "`createYunhuClient` alone, gzip",
      today: `${kib(sizes.entryChunk)} before the first call, ${kib(sizes.singleFile)} as one file`,
      goal: "≤ 12 KiB",
      met: sizes.entryChunk <= 12 * 1024,
      note:
        `${kib(sizes.entryChunk - 12 * 1024)} over; it holds the codecs of every message (the methods are built ` +
        `from the endpoint table, and the package root exports \`msg\`), openapi-fetch for \`client.api\` ` +
        `(${kib(weights["openapi-fetch"] ?? 0)}), valibot for the JSON endpoints (${kib(weights.valibot ?? 0)}) ` +
        "and the checks of the client's options (http-core's sending code and lossless-json load with the first call)",
    });
  } finally {
    await fake.close();
  }
}
