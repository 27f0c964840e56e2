import { maximOperationIds, maximOperationTable } from "./gen/maxim-operations.js";
import type { MaximCall, MaximOperationTable } from "./operation-types.js";

/** One vendor operation and the client function that performs it. */
export type MaximOperation = {
  [C in MaximCall]: MaximOperationTable[C] & {
    /** The vendor's name of the operation, e.g. `"createGroupUsingPOST"`. */
    readonly operationId: (typeof maximOperationIds)[C];
    /** The dotted path of the client function: `client.group.create` is `"group.create"`. */
    readonly call: C;
    /** How a paged list continues (absent when the operation is not paged). */
    readonly paging?: "cursor" | "history";
  };
}[MaximCall];

/**
 * Every operation of the vendor's API (184), one row each: `operationId`, `method`, `path`,
 * `call`, and what the client knows of it (`input`, `answer`, `retry`, `actAs`, `paging`).
 */
export const maximOperations: readonly MaximOperation[] = Object.freeze(
  (Object.entries(maximOperationTable) as [MaximCall, MaximOperationTable[MaximCall]][]).map(([call, row]) =>
    Object.freeze({ call, operationId: maximOperationIds[call], ...row }),
  ),
) as readonly MaximOperation[];
