/** Error codes the fake core answers with. They are the fake's own, chosen to be easy to assert. */
export const FakeCoreErrorCode = {
  /** The request payload is missing something the function needs, or is malformed. */
  InvalidArgument: 1001,
  /** The caller may not do this (e.g. revoke someone else's message). */
  PermissionDenied: 1002,
  /** The conversation, group or message does not exist in the caller's store. */
  NotFound: 1004,
  /** The function is not one the fake implements. */
  Unsupported: 1005,
} as const;

export type FakeCoreErrorCode = (typeof FakeCoreErrorCode)[keyof typeof FakeCoreErrorCode];

/** Thrown by a handler to answer with an error result instead of a payload. */
export class FakeCoreFault extends Error {
  override readonly name = "FakeCoreFault";
  readonly code: FakeCoreErrorCode;

  constructor(code: FakeCoreErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
