import { PlatformError } from "./platform-error.js";

/** The most cursors one history walk remembers; a server that pages further without repeating is still bounded by its own pages. */
const maxRemembered = 100_000;

/**
 * Ends a history walk whose server hands back a cursor it gave before (5, 6, 5, …) or one that does
 * not advance, with an `invalid-response` error instead of paging for ever.
 */
export function createCursorGuard(platform: string): (cursor: string) => void {
  const seen = new Set<string>();
  return (cursor) => {
    if (seen.has(cursor)) {
      throw new PlatformError("the server repeated a history cursor; paging stopped", {
        platform,
        operation: "history",
        reason: "invalid-response",
      });
    }
    if (seen.size >= maxRemembered) seen.clear();
    seen.add(cursor);
  };
}
