import { ErrorCode } from "../gen/error.js";

/**
 * Thrown by a handler to answer with an error result instead of a payload. The code is an
 * `ErrorCode` member, as the real core answers: `Args` for a bad request, `RecordNotFound`,
 * `NoPermission`, `SdkNotLogin`, `SrvRelationshipAlready`...
 */
export class FakeCoreFault extends Error {
  override readonly name = "FakeCoreFault";
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export const invalidArgument = (message: string) => new FakeCoreFault(ErrorCode.Args, message);
export const notFound = (message: string) => new FakeCoreFault(ErrorCode.RecordNotFound, message);
export const noPermission = (message: string) => new FakeCoreFault(ErrorCode.NoPermission, message);

/** Fails with `Args` unless `value` is a non-empty string. */
export function required(value: string, what: string): string {
  if (value === "") throw invalidArgument(`${what} is required`);
  return value;
}
