import { type FfiName, ffiRegistry } from "../gen/ffi-registry.js";

/** The funcName number of each name, as a literal type: `FfiFuncName<"SendMessage">` is `6`. */
export type FfiFuncName<K extends FfiName> = (typeof ffiRegistry)[K]["funcName"];

const namesByNumber = new Map<number, FfiName>(
  (Object.keys(ffiRegistry) as FfiName[]).map((name) => [ffiRegistry[name].funcName, name]),
);

/** The member name of a FuncRequestEventName number; undefined for a number this schema lacks. */
export function ffiNameOf(funcName: number): FfiName | undefined {
  return namesByNumber.get(funcName);
}

/** Whether `name` is a function, event or interop name of the FFI registry. */
export function isFfiName(name: unknown): name is FfiName {
  return typeof name === "string" && Object.hasOwn(ffiRegistry, name);
}
