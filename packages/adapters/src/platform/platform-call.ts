import { classifyFailure } from "./classify-failure.js";
import { PlatformError, type PlatformOperation } from "./platform-error.js";

/** Runs one platform operation; whatever it throws reaches the caller as a `PlatformError` keeping the original as `cause`. */
export async function platformCall<T>(
  platform: string,
  operation: PlatformOperation,
  signal: AbortSignal | undefined,
  run: () => Promise<T>,
): Promise<T> {
  if (signal?.aborted) {
    throw new PlatformError("aborted before it started", {
      platform,
      operation,
      reason: "aborted",
      cause: signal.reason,
    });
  }
  try {
    return await run();
  } catch (error) {
    throw asPlatformError(platform, operation, error, signal);
  }
}

/** The caller's own abort or timeout (e.g. `AbortSignal.timeout()`) is `aborted`, whatever the client made of it. */
export function asPlatformError(
  platform: string,
  operation: PlatformOperation,
  error: unknown,
  signal?: AbortSignal,
): PlatformError {
  if (error instanceof PlatformError && !signal?.aborted) return error;
  const description = error instanceof Error ? error.message : String(error);
  return new PlatformError(description, {
    platform,
    operation,
    reason: classifyFailure(error, signal),
    cause: error,
  });
}
