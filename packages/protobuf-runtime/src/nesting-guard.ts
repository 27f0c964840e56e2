import { hasErrorBrand, setErrorBrands } from "@chatwire/errors";

/** How deep `encode`, `fromJSON`, `toJSON` and `fromPartial` follow nested messages. */
export const maxNestingDepth = 100;

/** The operations of a generated codec that walk a message tree held in memory. */
export type NestedOperation = "encode" | "fromJSON" | "toJSON" | "fromPartial";

const brand = "ProtobufNestingError";

/**
 * A message tree handed to `encode`, `fromJSON`, `toJSON` or `fromPartial` nested deeper than
 * `maxNestingDepth` (a cycle in the objects looks the same). Thrown long before the call stack
 * runs out, so it is a clear error rather than "Maximum call stack size exceeded"; a RangeError,
 * as that one is.
 */
export class ProtobufNestingError extends RangeError {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasErrorBrand(value, brand);
  }

  override name = "ProtobufNestingError";
  readonly operation: NestedOperation;
  /** The message type at which the limit was reached, when known (encode only sees bytes). */
  readonly messageType: string | undefined;

  constructor(operation: NestedOperation, messageType?: string) {
    const where = messageType === undefined ? operation : `${messageType}.${operation}`;
    super(`${where}: messages nested more than ${maxNestingDepth} levels deep`);
    this.operation = operation;
    this.messageType = messageType;
    setErrorBrands(this, [brand]);
  }
}

/** Whether `value` is a `ProtobufNestingError`, also one from another copy of this package. */
export function isProtobufNestingError(value: unknown): value is ProtobufNestingError {
  return hasErrorBrand(value, brand);
}

let depth = 0;

/**
 * Called on entering a generated `fromJSON`, `toJSON` or `fromPartial`; pair it with
 * `leaveNested()` in a `finally`. JavaScript runs one call chain at a time, so one counter
 * tracks the depth of the chain in progress.
 */
export function enterNested(operation: NestedOperation, messageType: string): void {
  if (depth >= maxNestingDepth) throw new ProtobufNestingError(operation, messageType);
  depth++;
}

/** Called on leaving what `enterNested` entered. */
export function leaveNested(): void {
  depth--;
}
