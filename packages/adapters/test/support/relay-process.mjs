// One relay instance in its own process, for the multi-process tests: relays a Yunhu group into
// another over a transport that adds 0–RELAY_LATENCY_MS before and after every request, and
// follows until SIGTERM. Prints "sending <text>" before each send and "relayed <id>" after.
// It runs the built package (`dist`, which the test task builds first), as an application would,
// and starts in a fraction of the time a TypeScript loader needs.
import { createYunhuPlatform, relay } from "@chatwire/adapters";
import { createPostgresRelayStore } from "@chatwire/adapters/postgres";
import { createSqliteRelayStore } from "@chatwire/adapters/sqlite";
import { createYunhuClient } from "@chatwire/yunhu-client";

/** @param {string} name */
const env = (name) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const latencyMs = Number(process.env.RELAY_LATENCY_MS ?? "0");
/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = () => sleep(Math.random() * latencyMs);

const store =
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
