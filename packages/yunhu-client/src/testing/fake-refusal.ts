/**
 * Status codes the fake answers with. Yunhu documents only success (1); the failure codes are
 * this fake's own, stable so tests can assert on them.
 */
export const fakeStatusCode = {
  ok: 1,
  invalidRequest: 1001,
  unauthorized: 1002,
  notFound: 1003,
  forbidden: 1004,
  conflict: 1005,
} as const;

/** A `Status.code` the fake answers refusals with. */
export type FakeStatusCode = (typeof fakeStatusCode)[keyof typeof fakeStatusCode];

/** Thrown by the fake's handlers; the server turns it into a non-1 Status or JSON code. */
export class FakeRefusal extends Error {
  override readonly name = "FakeRefusal";
  constructor(
    readonly code: FakeStatusCode,
    message: string,
  ) {
    super(message);
  }
}

export function refuseUnless(condition: unknown, code: FakeStatusCode, message: string): asserts condition {
  if (!condition) throw new FakeRefusal(code, message);
}
