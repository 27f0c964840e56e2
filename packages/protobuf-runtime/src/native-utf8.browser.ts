/**
 * What browsers get in place of native-utf8.ts (through the "browser" field of package.json, which
 * bundlers follow for a browser build): there is no Node Buffer there, so no routines to probe,
 * and the probe is left out of the bundle. The reader and writer take their standard paths.
 */
import type { Utf8Slice, Utf8Write } from "./native-utf8.js";

export const nativeUtf8Slice: Utf8Slice | undefined = undefined;
export const nativeUtf8Write: Utf8Write | undefined = undefined;
