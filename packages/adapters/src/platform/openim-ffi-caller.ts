import { isOpenImSdkError } from "@chatwire/openim-types/sdk";
import { asPlatformError } from "./platform-call.js";
import type { PlatformOperation } from "./platform-error.js";

/**
 * Runs one call of the OpenIM SDK client; an `OpenImSdkError` (the core's `errCode` and its
 * `codeName`, a timeout, an abort, an undecodable answer) reaches the caller as a `PlatformError`
 * that keeps it as `cause` and carries its `code`.
 */
export async function callOpenIm<T>(operation: PlatformOperation, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isOpenImSdkError(error)) throw error;
    throw asPlatformError("openim", operation, error);
  }
}
