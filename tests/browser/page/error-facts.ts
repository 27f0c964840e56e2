// What a test needs to know of a thrown error, as plain data that crosses into Node.
import { isChatwireError } from "@chatwire/errors";
import { isProtobufDecodeError } from "@chatwire/protobuf-runtime";

/** The facts of an error that the browser and Node must agree on. */
export interface ErrorFacts {
  readonly name: string;
  readonly message: string;
  readonly chatwireError: boolean;
  readonly protobufDecodeError: boolean;
  readonly kind: unknown;
  readonly code: unknown;
  readonly reason: unknown;
  /** Whether the error is an instance of the class the caller expects. */
  readonly expectedClass: boolean;
}

/**
 * Runs `action` and describes what it threw, `expected` being the error class it should be of;
 * fails when it does not throw.
 */
export async function errorFacts(
  action: () => unknown,
  expected: abstract new (...args: never[]) => Error,
): Promise<ErrorFacts> {
  try {
    await action();
  } catch (error) {
    const fields = error as {
      name?: unknown;
      message?: unknown;
      kind?: unknown;
      code?: unknown;
      reason?: unknown;
    };
    return {
      name: String(fields.name),
      message: String(fields.message),
      chatwireError: isChatwireError(error),
      protobufDecodeError: isProtobufDecodeError(error),
      kind: fields.kind,
      code: fields.code,
      reason: fields.reason,
      expectedClass: error instanceof expected,
    };
  }
  throw new Error("expected an error, and none was thrown");
}
