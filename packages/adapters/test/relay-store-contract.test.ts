import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createMemoryRelayStore, type RelayStore } from "../src/index.js";
import { createPostgresRelayStore } from "../src/postgres/index.js";
import { createSqliteRelayStore } from "../src/sqlite/index.js";
import { dropTable, postgresAvailable, postgresUrl, uniqueTable } from "./support/postgres.js";
import { sqliteDriverLoads } from "./support/sqlite.js";

const dir = mkdtempSync(join(tmpdir(), "chatwire-store-"));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const withPostgres = await postgresAvailable();
const withSqlite = sqliteDriverLoads();

/** Opens a store; `again` opens a second handle on the same data, as a second process would. */
interface StoreKind {
  name: string;
  skip?: boolean;
  open(): { store: RelayStore; again(): RelayStore };
}

let sqliteFiles = 0;
const kinds: StoreKind[] = [
  {
    name: "memory",
    open: () => {
      const store = createMemoryRelayStore();
      return { store, again: () => store };
    },
  },
  {
    name: "sqlite",
    skip: !withSqlite,
    open: () => {
      const path = join(dir, `store-${++sqliteFiles}.db`);
      const store = createSqliteRelayStore({ path });
      cleanups.push(() => store.close());
      return {
        store,
        again: () => {
          const other = createSqliteRelayStore({ path });
          cleanups.push(() => other.close());
          return other;
        },
      };
    },
  },
  {
    name: "postgres",
    skip: !withPostgres,
    open: () => {
      const table = uniqueTable("relay_contract");
      const store = createPostgresRelayStore({ connectionString: postgresUrl, table });
      cleanups.push(async () => {
        await store.close();
        await dropTable(table);
      });
      return {
        store,
        // The second handle runs on a pool of the caller's, as an application sharing its pool would.
        again: () => {
          const pool = new pg.Pool({ connectionString: postgresUrl, max: 2 });
          cleanups.push(() => pool.end());
          return createPostgresRelayStore({ pool, table });
        },
      };
    },
  },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const kind of kinds) {
  describe.skipIf(kind.skip)(`${kind.name} relay store`, () => {
    it("lets exactly one of many concurrent claimants win", async () => {
      const { store, again } = kind.open();
      const handles = [store, again(), again()];
      const claims = await Promise.all(
        Array.from({ length: 12 }, (_, i) => handles[i % 3]!.claim("route", "m1", `owner-${i}`, 60_000)),
      );
      const winners = claims.filter((claim) => claim !== undefined);
      expect(winners).toHaveLength(1);
      expect(winners[0]).toMatchObject({ routeId: "route", sourceId: "m1", state: "pending", attempts: 0 });
    });

    it("lets the holder renew, refuses others until the lease expires, then hands it over", async () => {
      const { store, again } = kind.open();
      const other = again();
      expect(await store.claim("route", "m1", "a", 300)).toBeDefined();
      expect(await store.claim("route", "m1", "a", 300)).toBeDefined();
      expect(await other.claim("route", "m1", "b", 300)).toBeUndefined();
      await sleep(400);
      const takeover = await other.claim("route", "m1", "b", 300);
      expect(takeover?.leaseOwner).toBe("b");
      // The old holder lost the lease: its outcome is not recorded.
      expect(
        await store.settle("route", "m1", "a", { state: "sent", targetId: "t1", target: "x" }),
      ).toBeUndefined();
      expect(
        await other.settle("route", "m1", "b", { state: "sent", targetId: "t1", target: "x" }),
      ).toMatchObject({
        state: "sent",
        targetId: "t1",
      });
    });

    it("never hands out a sent or skipped message again", async () => {
      const { store } = kind.open();
      await store.claim("route", "m1", "a", 60_000);
      await store.settle("route", "m1", "a", { state: "sent", targetId: "unknown", target: "maxim:user:1" });
      await store.claim("route", "m2", "a", 60_000);
      await store.settle("route", "m2", "a", { state: "skipped", reason: "recalled" });
      expect(await store.claim("route", "m1", "a", 60_000)).toBeUndefined();
      expect(await store.claim("route", "m2", "b", 60_000)).toBeUndefined();
      expect(await store.get("route", "m1")).toMatchObject({ state: "sent", targetId: "unknown" });
      expect(await store.get("route", "m2")).toMatchObject({ state: "skipped", reason: "recalled" });
      expect((await store.get("route", "m1"))?.leaseOwner).toBeUndefined();
    });

    it("counts failed attempts, dead-letters at the limit, and re-drives", async () => {
      const { store } = kind.open();
      await store.claim("route", "m1", "a", 60_000);
      const first = await store.settle("route", "m1", "a", {
        state: "failed",
        error: "boom 1",
        maxAttempts: 2,
      });
      expect(first).toMatchObject({ state: "failed", attempts: 1, lastError: "boom 1", leaseOwner: "a" });
      expect(await store.list("route", ["pending", "failed"])).toHaveLength(1);
      const again = await store.claim("route", "m1", "a", 60_000);
      expect(again).toMatchObject({ state: "pending", attempts: 1 });
      const second = await store.settle("route", "m1", "a", {
        state: "failed",
        error: "boom 2",
        maxAttempts: 2,
      });
      expect(second).toMatchObject({ state: "dead", attempts: 2, lastError: "boom 2" });
      expect(await store.claim("route", "m1", "a", 60_000)).toBeUndefined();
      expect((await store.list("route", ["dead"])).map((record) => record.sourceId)).toEqual(["m1"]);

      expect(await store.redrive("route", ["other"])).toBe(0);
      expect(await store.redrive("route")).toBe(1);
      expect(await store.get("route", "m1")).toMatchObject({ state: "failed", attempts: 0 });
      expect(await store.claim("route", "m1", "b", 60_000)).toMatchObject({ leaseOwner: "b" });
    });

    it("recognises copies by target conversation and ID, and keeps routes apart", async () => {
      const { store } = kind.open();
      await store.claim("r1", "m1", "a", 60_000);
      await store.settle("r1", "m1", "a", { state: "sent", targetId: "copy-1", target: "openim:group:desk" });
      expect(await store.isCopy("openim:group:desk", "copy-1")).toBe(true);
      expect(await store.isCopy("openim:group:other", "copy-1")).toBe(false);
      expect(await store.isCopy("openim:group:desk", "m1")).toBe(false);
      expect(await store.get("r2", "m1")).toBeUndefined();
      expect(await store.claim("r2", "m1", "a", 60_000)).toBeDefined();
    });
  });
}

describe.skipIf(!withSqlite)("SQLite store", () => {
  it("keeps its records across a reopen of the file", async () => {
    const path = join(dir, "reopen.db");
    const first = createSqliteRelayStore({ path });
    await first.claim("route", "m1", "a", 60_000);
    await first.settle("route", "m1", "a", { state: "sent", targetId: "t", target: "x" });
    await first.close();
    const second = createSqliteRelayStore({ path });
    expect(await second.get("route", "m1")).toMatchObject({ state: "sent", targetId: "t" });
    await second.close();
  });

  it("refuses a table name it could not quote safely", () => {
    expect(() => createSqliteRelayStore({ path: ":memory:", table: "x; DROP TABLE y" })).toThrow(
      /letters, digits/,
    );
  });
});
