import { createRequire } from "node:module";

/**
 * Whether better-sqlite3's native module loads on this Node.js. It is compiled for the Node.js
 * that installed it; `scripts/test-on-node.sh` runs the suite on other versions with the same
 * install and sets CHATWIRE_FOREIGN_NODE, and only there is a driver that cannot load a reason
 * to skip (with a message) rather than a failure.
 */
export function sqliteDriverLoads(): boolean {
  try {
    const Database = createRequire(import.meta.url)("better-sqlite3");
    new Database(":memory:").close();
    return true;
  } catch (error) {
    if (!process.env.CHATWIRE_FOREIGN_NODE) throw error;
    console.warn(
      `Skipping the SQLite relay tests on Node ${process.version}: better-sqlite3 was built for the ` +
        `Node.js that installed it (${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 240)}).`,
    );
    return false;
  }
}
