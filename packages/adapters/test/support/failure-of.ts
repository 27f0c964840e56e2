import type { PlatformError } from "../../src/index.js";

/** The rejection of a platform call that must fail. */
export async function failureOf(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise;
  } catch (error) {
    return error as PlatformError;
  }
  throw new Error("expected a failure");
}
