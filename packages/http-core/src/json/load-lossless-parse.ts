import { mayHoldUnsafeInteger } from "./may-hold-unsafe-integer.js";
import type { ParseLossless } from "./parse-scanned-json.js";

let loaded: ParseLossless | undefined;
const ready = Promise.resolve();

/**
 * Loads the lossless parser, once, before an answer whose bytes may hold an integer beyond
 * ±(2^53 − 1) is read: `HttpAnswer.json()` is synchronous, and most answers never need it, so it
 * stays out of a client's first chunk.
 */
export function loadLosslessParseFor(bytes: Uint8Array): Promise<void> {
  if (loaded !== undefined || !mayHoldUnsafeInteger(bytes)) return ready;
  return import("./lossless-parse.js").then((module) => {
    loaded = module.parseLossless;
  });
}

/** The parser `loadLosslessParseFor` loaded; asked for only when a scan found an integer that needs it. */
export function loadedLosslessParse(): ParseLossless {
  if (loaded === undefined)
    throw new Error("the lossless JSON parser was not loaded before the answer was read");
  return loaded;
}
