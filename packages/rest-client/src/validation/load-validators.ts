import type * as v from "valibot";
import { validatorLoaders } from "../gen/validators/index.js";
import type { checkValue } from "./check-value.js";

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

type Namespace = keyof typeof validatorLoaders;
interface NamespaceModule {
  readonly validators: Record<string, Omit<OperationValidators, "check">>;
  readonly checkValue: CheckValue;
}
const loaded = new Map<string, Promise<NamespaceModule>>();

/** The validators of one operation; its namespace's module is imported on first use and kept. */
export async function validatorsOf(namespace: string, call: string): Promise<OperationValidators> {
  let module = loaded.get(namespace);
  if (module === undefined) {
    module = validatorLoaders[namespace as Namespace]() as Promise<NamespaceModule>;
    loaded.set(namespace, module);
  }
  const { validators, checkValue } = await module;
  return { ...validators[call], check: checkValue };
}
