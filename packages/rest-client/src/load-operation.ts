import type * as v from "valibot";
import { namespaceLoaders } from "./gen/validators/index.js";
import { RestApiError, type RestOperation } from "./rest-api-error.js";
import type { OperationRow } from "./run-operation.js";
import type { checkValue } from "./validation/check-value.js";

/** Checks a value against a schema; undefined when it conforms, else a sentence naming the problem. */
export type CheckValue = typeof checkValue;

/** The checks of one operation; `input` is the body or the query, `query` the query beside a body. */
export interface OperationValidators {
  readonly input?: v.GenericSchema;
  readonly query?: v.GenericSchema;
  readonly answer?: v.GenericSchema;
  /** The checker, loaded with the schemas so that valibot stays out of the main chunk. */
  readonly check: CheckValue;
}

/** What a call needs beyond its name: its row of the operation table and its validators. */
export interface LoadedOperation {
  readonly row: OperationRow;
  /** Method and path, naming the operation in errors: `"POST /message/send"`. */
  readonly operation: RestOperation;
  readonly validators: OperationValidators;
}

type Namespace = keyof typeof namespaceLoaders;
interface NamespaceModule {
  readonly operations: Readonly<Record<string, OperationRow>>;
  readonly validators: Readonly<Record<string, Omit<OperationValidators, "check">>>;
  readonly checkValue: CheckValue;
}
const namespaces = new Map<string, Promise<NamespaceModule>>();
const operations = new Map<string, LoadedOperation>();

/**
 * The row and validators of one operation (`"group.create"`, performing `operation`). Its
 * namespace's module is imported on the first call of any of its operations and kept; a client is
 * built without any of them. An import that fails (a browser that cannot fetch the chunk) is a
 * `RestApiError` of kind `network`, and is tried again on the next call.
 */
export async function loadOperation(call: string, operation: RestOperation): Promise<LoadedOperation> {
  const known = operations.get(call);
  if (known !== undefined) return known;
  const namespace = call.slice(0, call.indexOf("."));
  let module = namespaces.get(namespace);
  if (module === undefined) {
    module = (namespaceLoaders[namespace as Namespace]() as Promise<NamespaceModule>).catch((cause) => {
      namespaces.delete(namespace);
      throw cause;
    });
    namespaces.set(namespace, module);
  }
  let namespaceModule: NamespaceModule;
  try {
    namespaceModule = await module;
  } catch (cause) {
    const message = `${operation}: the code of the ${namespace} operations could not be loaded`;
    throw new RestApiError(message, { kind: "network", operation, retryable: true, cause });
  }
  const { operations: rows, validators, checkValue } = namespaceModule;
  const row = rows[call] as OperationRow;
  const loaded: LoadedOperation = {
    row,
    operation: `${row.method} ${row.path}` as RestOperation,
    validators: { ...validators[call], check: checkValue },
  };
  operations.set(call, loaded);
  return loaded;
}
