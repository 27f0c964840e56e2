// The page's entry: puts the scenario functions where `page.evaluate` can call them.

import { restScenario, yunhuScenario } from "./clients.js";
import { decodeFailure, roundTrip } from "./codecs.js";
import {
  ffiRequestRoundTrip,
  ffiResultFailure,
  ffiResultRoundTrip,
  ffiUnknownNameFailure,
} from "./ffi-envelope.js";

/** Everything the browser tests call in the page. */
export const pageApi = {
  roundTrip,
  decodeFailure,
  ffiResultRoundTrip,
  ffiRequestRoundTrip,
  ffiResultFailure,
  ffiUnknownNameFailure,
  restScenario,
  yunhuScenario,
  /** Whether the page has Node's Buffer: it must not, or the suite would not test a browser. */
  hasBuffer: () => typeof (globalThis as { Buffer?: unknown }).Buffer !== "undefined",
};

/** The global the bundle sets once loaded. */
export const pageGlobal = "chatwireBrowser";

(globalThis as Record<string, unknown>)[pageGlobal] = pageApi;
