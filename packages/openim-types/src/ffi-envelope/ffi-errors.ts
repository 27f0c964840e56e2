/**
 * FFI envelope bytes that cannot be decoded: the envelope itself, or the payload its `funcName`
 * names. The message says which function and which message type; it never repeats payload bytes.
 */
export class FfiDecodeError extends Error {
  override readonly name = "FfiDecodeError";
  /** The FuncRequestEventName number, when the envelope got that far. */
  readonly funcName: number | undefined;

  constructor(message: string, funcName: number | undefined, cause: unknown) {
    super(`${message}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.funcName = funcName;
  }
}

/** A payload or option that cannot be encoded for the FFI (wrong shape, int64 out of range...). */
export class FfiEncodeError extends Error {
  override readonly name = "FfiEncodeError";
  readonly funcName: number | undefined;

  constructor(message: string, funcName: number | undefined, cause?: unknown) {
    super(
      cause === undefined ? message : `${message}: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.funcName = funcName;
  }
}
