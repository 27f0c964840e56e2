import pg from "pg";

/** The PostgreSQL the store tests use; the machines this project runs on start one here. */
export const postgresUrl =
  process.env.CHATWIRE_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * Whether PostgreSQL answers. Without it the PostgreSQL tests skip and say why, except under
 * `CI=true`, where they must run: there an unreachable server fails the run.
 */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === "true") {
      throw new Error(`PostgreSQL at ${postgresUrl} is not reachable under CI=true: ${reason}`);
    }
    console.warn(
      `Skipping the PostgreSQL relay tests: no server at ${postgresUrl} (${reason}). ` +
        "Start one, or set CHATWIRE_TEST_POSTGRES_URL.",
    );
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A table name no other test run uses. */
export const uniqueTable = (prefix: string) =>
  `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

export async function dropTable(table: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.query("DELETE FROM chatwire_schema_versions WHERE name = $1", [table]);
  } finally {
    await client.end();
  }
}
