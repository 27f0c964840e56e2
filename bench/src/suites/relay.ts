// Relay throughput: messages per second moved between two in-memory platforms by `relay`, per
// store and number of concurrent instances on that store, beside a plain loop that sends the
// same messages with the same idempotency keys and records nothing. The platforms cost next to
// nothing, so the difference is what claiming and recording each message costs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ConversationRef, createMemoryRelayStore, type RelayStore, relay } from "@chatwire/adapters";
import { createPostgresRelayStore } from "@chatwire/adapters/postgres";
import { createSqliteRelayStore } from "@chatwire/adapters/sqlite";
import { createMemoryPlatform, type MemoryPlatform } from "@chatwire/adapters/testing";
import pg from "pg";

const MESSAGES = Number(process.env.CHATWIRE_BENCH_RELAY_MESSAGES ?? 2000);
const postgresUrl = process.env.CHATWIRE_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const from: ConversationRef = { kind: "group", id: "community" };
const to: ConversationRef = { kind: "group", id: "desk" };

function sourceWithMessages(): MemoryPlatform {
  const source = createMemoryPlatform({ name: "source" });
  for (let i = 0; i < MESSAGES; i++)
    source.receive(from, { senderId: "mei", content: { kind: "text", text: `m${i}` } });
  return source;
}

interface Row {
  way: string;
  instances: number;
  ms: number;
}

async function plainLoop(): Promise<Row> {
  const source = sourceWithMessages();
  const target = createMemoryPlatform({ name: "target" });
  const started = performance.now();
  for await (const page of source.history(from, { pageSize: 200 })) {
    for (const message of page.messages) {
      await target.send(to, { content: message.content }, { idempotencyKey: `plain:${message.id}` });
    }
  }
  const ms = performance.now() - started;
  if (target.sendCount !== MESSAGES) throw new Error(`plain loop sent ${target.sendCount} of ${MESSAGES}`);
  return { way: "plain loop (no store)", instances: 1, ms };
}

async function relayWith(way: string, instances: number, openStore: () => RelayStore): Promise<Row> {
  const source = sourceWithMessages();
  const target = createMemoryPlatform({ name: "target" });
  const stores = Array.from({ length: instances }, openStore);
  const started = performance.now();
  await Promise.all(
    stores.map((store) =>
      relay(
        { platform: source, conversation: from },
        { platform: target, conversation: to },
        { store, pageSize: 200 },
      ),
    ),
  );
  const ms = performance.now() - started;
  await Promise.all(stores.map((store) => store.close()));
  if (target.sendCount !== MESSAGES)
    throw new Error(`${way} × ${instances} sent ${target.sendCount} of ${MESSAGES}`);
  return { way, instances, ms };
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "chatwire-bench-relay-"));
  const rows: Row[] = [];
  try {
    await plainLoop(); // warm-up
    rows.push(await plainLoop());
    for (const instances of [1, 3]) {
      const memory = createMemoryRelayStore();
      rows.push(await relayWith("relay, memory store", instances, () => memory));
    }
    for (const instances of [1, 3]) {
      const path = join(dir, `relay-${instances}.db`);
      rows.push(await relayWith("relay, SQLite store", instances, () => createSqliteRelayStore({ path })));
    }
    if (await postgresReachable()) {
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      try {
        for (const instances of [1, 3]) {
          const table = `chatwire_bench_relay_${process.pid}_${instances}`;
          rows.push(
            await relayWith("relay, PostgreSQL store", instances, () =>
              createPostgresRelayStore({ connectionString: postgresUrl, table }),
            ),
          );
          await admin.query(`DROP TABLE IF EXISTS ${table}`);
          await admin.query("DELETE FROM chatwire_schema_versions WHERE name = $1", [table]);
        }
      } finally {
        await admin.end();
      }
    } else {
      console.log(`PostgreSQL rows left out: no server at ${postgresUrl}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const plainRate = MESSAGES / (rows[0]!.ms / 1000);
  console.log(`${MESSAGES} messages, in-memory source and target`);
  console.table(
    rows.map((row) => {
      const rate = MESSAGES / (row.ms / 1000);
      return {
        way: row.way,
        instances: row.instances,
        "total ms": Math.round(row.ms),
        "messages/s": Math.round(rate),
        "vs plain loop": `${(rate / plainRate).toFixed(3)}x`,
      };
    }),
  );
}
