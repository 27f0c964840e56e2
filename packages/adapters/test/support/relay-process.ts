// One relay instance in its own process, for the multi-process tests: relays a Yunhu group into
// another over a transport that adds 0–RELAY_LATENCY_MS before and after every request, and
// follows until SIGTERM. Prints "sending <text>" before each send and "relayed <id>" after.
import { createYunhuClient } from "@chatwire/yunhu-client";
import { createYunhuPlatform, type RelayStore, relay } from "../../src/index.js";
import { createPostgresRelayStore } from "../../src/postgres/index.js";
import { createSqliteRelayStore } from "../../src/sqlite/index.js";

const env = (name: string) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const latencyMs = Number(process.env.RELAY_LATENCY_MS ?? "0");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = () => sleep(Math.random() * latencyMs);

const store: RelayStore =
  env("RELAY_STORE") === "postgres"
    ? createPostgresRelayStore({ connectionString: env("RELAY_PG_URL"), table: env("RELAY_PG_TABLE") })
    : createSqliteRelayStore({ path: env("RELAY_SQLITE_PATH") });

const platform = createYunhuPlatform({
  client: createYunhuClient({
    token: env("RELAY_YUNHU_TOKEN"),
    baseUrl: env("RELAY_YUNHU_URL"),
    fetch: async (input, init) => {
      await jitter();
      const answer = await fetch(input, init);
      await jitter();
      return answer;
    },
  }),
});
const send = platform.send.bind(platform);
platform.send = (conversation, message, options) => {
  const text = message.content.kind === "text" ? message.content.text : message.content.kind;
  process.stdout.write(`sending ${text}\n`);
  return send(conversation, message, options);
};

const controller = new AbortController();
process.on("SIGTERM", () => controller.abort());
await relay(
  { platform, conversation: { kind: "group", id: "community" } },
  { platform, conversation: { kind: "group", id: "desk" } },
  {
    store,
    leaseMs: Number(process.env.RELAY_LEASE_MS ?? "1000"),
    follow: { intervalMs: 30 },
    signal: controller.signal,
    onEvent: (event) => {
      if (event.type === "relayed") process.stdout.write(`relayed ${event.source.id}\n`);
    },
  },
);
await store.close();
