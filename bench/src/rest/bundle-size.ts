// Gzipped size of what an application that only calls `createRestClient` ships (esbuild, minified,
// platform browser): as one file, and as what loads before the first call when code splitting
// lets each namespace's validators load on first use.
import { type BundleSizes, bundleSizes } from "../goals/bundle-size.js";

export type RestBundleSizes = BundleSizes;

export function restBundleSizes(): Promise<RestBundleSizes> {
  return bundleSizes(`import { createRestClient } from "@chatwire/rest-client";
export const make = (options) => createRestClient(options);`);
}
