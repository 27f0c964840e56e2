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
      code: "aborted",
      cause: signal.reason,
    });
  }
  try {
    return await run();
  } catch (error) {
    throw asPlatformError(platform, operation, error);
  }
}

export function asPlatformError(
  platform: string,
  operation: PlatformOperation,
  error: unknown,
): PlatformError {
  if (error instanceof PlatformError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new PlatformError(reason, { platform, operation, code: classifyFailure(error), cause: error });
}
