import type { WireReader } from "@chatwire/protobuf-runtime";
import { type FfiName, ffiRegistry } from "../gen/ffi-registry.js";
import type {
  OpenImEventName,
  OpenImFunctionName,
  OpenImInteropName,
  OpenImMethodName,
} from "./sdk-surface-types.js";

/** A payload codec as the client uses it (the generated `MessageFns<T>` has these members). */
export interface PayloadCodec {
  encode(message: unknown): { finish(): Uint8Array };
  decode(input: Uint8Array | WireReader): unknown;
  fromPartial(object: unknown): unknown;
}

/** One registry row, read generically. `registered` is absent from rows that predate it: true. */
export interface SurfaceRow {
  readonly name: FfiName;
  readonly funcName: number;
  readonly kind: string;
  readonly registered: boolean;
  readonly request: PayloadCodec | undefined;
  readonly result: PayloadCodec | undefined;
}

const rows = new Map<string, SurfaceRow>(
  Object.entries(ffiRegistry).map(([name, entry]) => {
    const row = entry as Omit<SurfaceRow, "name" | "registered"> & { readonly registered?: boolean };
    return [name, { ...row, name: name as FfiName, registered: row.registered !== false }];
  }),
);

/** The registry row of a member name; undefined for anything else. */
export function surfaceRow(name: string): SurfaceRow | undefined {
  return rows.get(name);
}

const all = [...rows.values()];

/** Every function the core registers, in registry order: one client method each. */
export const sdkFunctionNames: readonly OpenImFunctionName[] = Object.freeze(
  all.filter((row) => row.kind === "function" && row.registered).map((row) => row.name as OpenImFunctionName),
);

/** Every event the core can push. */
export const sdkEventNames: readonly OpenImEventName[] = Object.freeze(
  all.filter((row) => row.kind === "event").map((row) => row.name as OpenImEventName),
);

/** Every request the core can make of its host. */
export const sdkInteropNames: readonly OpenImInteropName[] = Object.freeze(
  all.filter((row) => row.kind === "interop").map((row) => row.name as OpenImInteropName),
);

/** The method name of a function: its member name in lowerCamelCase (`InitSDK` → `initSDK`). */
export function methodNameOf<K extends OpenImFunctionName>(name: K): OpenImMethodName<K> {
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}` as OpenImMethodName<K>;
}
