import { ErrorCode } from "../gen/error.js";

/**
 * The `ErrorCode` member naming an `errCode` (`10009` → `"SdkNotLogin"`), read from the generated
 * enum's reverse mapping; undefined for a code the enum does not list.
 */
export function errorCodeName(code: number): string | undefined {
  const name: unknown = (ErrorCode as unknown as Record<number, unknown>)[code];
  return typeof name === "string" && name !== "UNRECOGNIZED" ? name : undefined;
}
