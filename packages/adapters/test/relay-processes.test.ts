import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createYunhuClient } from "@chatwire/yunhu-client";
import { type FakeYunhuServer, startFakeYunhuServer } from "@chatwire/yunhu-client/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createYunhuPlatform, type RelayStore } from "../src/index.js";
import { createPostgresRelayStore } from "../src/postgres/index.js";
import { createSqliteRelayStore } from "../src/sqlite/index.js";
import { dropTable, postgresAvailable, postgresUrl, uniqueTable } from "./support/postgres.js";
import { sqliteDriverLoads } from "./support/sqlite.js";

// Relay instances as separate processes, one of them killed with SIGKILL in the middle of a
// send: every source message must reach the target exactly once, and none may be lost.

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const relayProcess = join(packageDir, "test", "support", "relay-process.mjs");
const MESSAGES = 30;
const LEASE_MS = 1000;
const desk = { chatId: "desk", chatType: 2 };

const withPostgres = await postgresAvailable();
let server: FakeYunhuServer;
let children: ChildProcess[] = [];

beforeEach(async () => {
  sendsStarted = 0;
  server = await startFakeYunhuServer({
    users: [
      { token: "t-mei-token", id: "10001", name: "Mei" },
      { token: "t-relay-token", id: "20001", name: "Relay" },
    ],
  });
  const mei = createYunhuPlatform({
    client: createYunhuClient({ token: "t-mei-token", baseUrl: server.url }),
  });
  for (let i = 1; i <= MESSAGES; i++)
    await mei.send({ kind: "group", id: "community" }, { content: { kind: "text", text: `m${i}` } });
});
afterEach(async () => {
  for (const child of children) child.kill("SIGKILL");
  children = [];
  await server.close();
});

let sendsStarted = 0;

/** Starts one relay process; `onLine` sees each line it prints. */
function startRelay(
  env: Record<string, string>,
  onLine: (line: string, child: ChildProcess) => void = () => {},
): ChildProcess {
  const child = spawn(process.execPath, [relayProcess], {
    cwd: packageDir,
    env: {
      ...process.env,
      RELAY_YUNHU_URL: server.url,
      RELAY_YUNHU_TOKEN: "t-relay-token",
      RELAY_LATENCY_MS: "25",
      RELAY_LEASE_MS: String(LEASE_MS),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let buffered = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith("sending ")) sendsStarted++;
      onLine(line, child);
    }
  });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  child.on("exit", (code, signal) => {
    if (code !== 0 && signal === null) console.error(`relay process exited with ${code}: ${errors}`);
  });
  children.push(child);
  return child;
}

/**
 * Kills, with SIGKILL, the first of the processes it watches to start its `nth` send, a random
 * 0–40 ms after that start (the transport adds 0–25 ms before and after each request).
 */
function killDuringSend(nth: number) {
  const sends = new Map<ChildProcess, number>();
  let victim: ChildProcess | undefined;
  let resolveKilled!: (child: ChildProcess) => void;
  const killed = new Promise<ChildProcess>((resolve) => {
    resolveKilled = resolve;
  });
  const onLine = (line: string, child: ChildProcess) => {
    if (!line.startsWith("sending ") || victim) return;
    const count = (sends.get(child) ?? 0) + 1;
    sends.set(child, count);
    if (count < nth) return;
    victim = child;
    setTimeout(() => {
      child.kill("SIGKILL");
      resolveKilled(child);
    }, Math.random() * 40);
  };
  return { onLine, killed };
}

/** Stops every relay process still running (SIGTERM ends a follow loop cleanly) and waits for each. */
async function stopRelays(): Promise<void> {
  await Promise.all(
    children.map((child) => {
      const done = exited(child);
      child.kill("SIGTERM");
      return done;
    }),
  );
  children = [];
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });

const deskTexts = () => server.messages(desk).map((message) => message.content?.text ?? "");

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const expected = Array.from({ length: MESSAGES }, (_, i) => `m${i + 1}`).sort();

async function expectExactlyOnce(store: RelayStore): Promise<void> {
  await until(() => deskTexts().length >= MESSAGES, 30_000, "every message on the target");
  // Longer than a lease: a message sent twice would show up by now.
  await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 500));
  expect(deskTexts().sort()).toEqual(expected);
  const routeId = "yunhu:group:community->yunhu:group:desk";
  const records = await store.list(routeId, ["pending", "sent", "failed", "dead", "skipped"]);
  expect(records.filter((record) => record.state === "sent")).toHaveLength(MESSAGES);
  // Only lease holders send: the mid-send kills cost a resend each, not a second copy of everything.
  expect(sendsStarted - MESSAGES).toBeLessThanOrEqual(3);
}

describe.skipIf(!withPostgres)("three relay processes on one PostgreSQL store", () => {
  it("deliver every message exactly once when one is killed mid-send", async () => {
    const table = uniqueTable("relay_procs");
    const env = { RELAY_STORE: "postgres", RELAY_PG_URL: postgresUrl, RELAY_PG_TABLE: table };
    const store = createPostgresRelayStore({ connectionString: postgresUrl, table });
    try {
      const victim = killDuringSend(3);
      for (let i = 0; i < 3; i++) startRelay(env, victim.onLine);
      const killed = await victim.killed;
      await exited(killed);
      expect(killed.signalCode).toBe("SIGKILL");
      await expectExactlyOnce(store);
    } finally {
      await stopRelays();
      await store.close();
      await dropTable(table);
    }
  }, 60_000);
});

describe.skipIf(!sqliteDriverLoads())("one relay process on SQLite, restarted after SIGKILL", () => {
  it("delivers every message exactly once across restarts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chatwire-relay-"));
    const env = { RELAY_STORE: "sqlite", RELAY_SQLITE_PATH: join(dir, "relay.db") };
    const store = createSqliteRelayStore({ path: env.RELAY_SQLITE_PATH });
    try {
      for (const nth of [3, 5]) {
        const victim = killDuringSend(nth);
        startRelay(env, victim.onLine);
        const killed = await victim.killed;
        await exited(killed);
        expect(killed.signalCode).toBe("SIGKILL");
      }
      expect(deskTexts().length).toBeLessThan(MESSAGES);
      startRelay(env);
      await expectExactlyOnce(store);
    } finally {
      await stopRelays();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
