import { isOpenImSdkError } from "@chatwire/openim-types/sdk";
import { PlatformError, type PlatformErrorCode, type PlatformOperation } from "./platform-error.js";

/** How each kind of SDK failure reads as a platform failure. */
const codeOfKind: Readonly<Record<string, PlatformErrorCode>> = {
  api: "rejected",
  timeout: "unavailable",
  network: "unavailable",
  aborted: "aborted",
  "invalid-response": "invalid-response",
  "too-large": "invalid-response",
  "invalid-request": "invalid-message",
};

/**
 * Runs one call of the OpenIM SDK client; an `OpenImSdkError` (the core's `errCode` and its
 * `codeName`, a timeout, an abort, an undecodable answer) reaches the caller as a `PlatformError`
 * that keeps it as `cause`.
 */
export async function callOpenIm<T>(operation: PlatformOperation, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isOpenImSdkError(error)) throw error;
    throw new PlatformError(error.message, {
      platform: "openim",
      operation,
      code: codeOfKind[error.kind] ?? "unavailable",
      cause: error,
    });
  }
}
