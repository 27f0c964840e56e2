import type { WireReader } from "./wire-reader.js";
import type { WireWriter } from "./wire-writer.js";

/** The binary half of a generated codec: what a transport needs. */
export interface BinaryCodec<T> {
  /** Appends the message to `writer` (a new WireWriter when omitted); `.finish()` gives the bytes. */
  encode(message: T, writer?: WireWriter): WireWriter;
  /** Decodes the whole input, or `length` bytes of a reader's input from its position. */
  decode(input: WireReader | Uint8Array, length?: number): T;
}

/** Everything a generated message codec offers, as `const X` next to its `interface X`. */
export interface MessageFns<T> extends BinaryCodec<T> {
  /** The message from its proto3 JSON form (field names as the JSON names, int64 as number or string). */
  // biome-ignore lint/suspicious/noExplicitAny: JSON input of any shape, read field by field
  fromJSON(object: any): T;
  toJSON(message: T): unknown;
  /** A message with every field at its default, overridden by `base`. */
  create(base?: DeepPartial<T>): T;
  fromPartial(object: DeepPartial<T>): T;
}

type Builtin = Date | ((...args: never[]) => unknown) | Uint8Array | string | number | boolean | undefined;

/** A message with every field optional, at every depth; a oneof member keeps its `$case`. */
export type DeepPartial<T> = T extends Builtin
  ? T
  : T extends Array<infer U>
    ? Array<DeepPartial<U>>
    : T extends ReadonlyArray<infer U>
      ? ReadonlyArray<DeepPartial<U>>
      : T extends { $case: string; value: unknown }
        ? { $case: T["$case"]; value?: DeepPartial<T["value"]> }
        : T extends object
          ? { [K in keyof T]?: DeepPartial<T[K]> }
          : Partial<T>;
