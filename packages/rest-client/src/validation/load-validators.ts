import type * as v from "valibot";
import { validatorLoaders } from "../gen/validators/index.js";

/** The checks of one operation; `input` is the body or the query, `query` the query beside a body. */
export interface OperationValidators {
  readonly input?: v.GenericSchema;
  readonly query?: v.GenericSchema;
  readonly answer?: v.GenericSchema;
}

type Namespace = keyof typeof validatorLoaders;
const loaded = new Map<string, Promise<Record<string, OperationValidators>>>();

/** The validators of one operation; its namespace's module is imported on first use and kept. */
export async function validatorsOf(namespace: string, call: string): Promise<OperationValidators> {
  let module = loaded.get(namespace);
  if (module === undefined) {
    const load = validatorLoaders[namespace as Namespace];
    module = load().then((imported) => imported.validators as Record<string, OperationValidators>);
    loaded.set(namespace, module);
  }
  return (await module)[call] ?? {};
}
