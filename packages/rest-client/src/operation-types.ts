import type { maximOperationIds, maximOperationTable } from "./gen/maxim-operations.js";
import type { operations } from "./gen/maxim-server.js";
import type { Int64 } from "./int64.js";
import type { RestCallOptions } from "./rest-client-options.js";

/** The generated operation table: one row per vendor operation, keyed by its client path. */
export type MaximOperationTable = typeof maximOperationTable;
/** A client path: `"group.create"`, `"message.send"`, … */
export type MaximCall = keyof MaximOperationTable;
type Row<C extends MaximCall> = MaximOperationTable[C];
type Operation<C extends MaximCall> = operations[(typeof maximOperationIds)[C]];

type JsonBody<C extends MaximCall> =
  Operation<C> extends {
    requestBody?: { content: { "application/json": infer Body } };
  }
    ? Body
    : never;
type Query<C extends MaximCall> =
  Operation<C> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** What a function takes first: the JSON body, the text body or the query parameters. */
export type MaximInput<C extends MaximCall> = Row<C>["input"] extends "json" | "json+query"
  ? JsonBody<C>
  : Row<C>["input"] extends "text"
    ? string
    : Row<C>["input"] extends "query"
      ? Query<C>
      : never;

type EnvelopeData<C extends MaximCall> =
  Operation<C> extends {
    responses: { 200: { content: { "application/json": { data?: infer Data } } } };
  }
    ? Data
    : never;

/** One page of a paged list: the envelope's `data` with the cursor and counters beside it. */
export interface MaximPage<Data> {
  data: Data;
  /** Continues the list; absent (or empty) on the last page. */
  cursor?: string;
  total?: Int64;
  version?: Int64;
}

/** What a function resolves: the envelope's `data`, a page, or the bytes of a download. */
export type MaximResult<C extends MaximCall> = Row<C>["answer"] extends "binary"
  ? Uint8Array
  : Row<C>["answer"] extends "page" | "cursor"
    ? MaximPage<EnvelopeData<C>>
    : EnvelopeData<C>;

/** Call options, plus the query parameters of the one operation that has both a body and a query. */
export type MaximCallOptions<C extends MaximCall> = Row<C>["input"] extends "json+query"
  ? RestCallOptions & { query?: Query<C> }
  : RestCallOptions;

type Call<C extends MaximCall> = Row<C>["input"] extends "none"
  ? (options?: MaximCallOptions<C>) => Promise<MaximResult<C>>
  : Row<C>["input"] extends "query"
    ? Record<never, never> extends Query<C>
      ? (input?: Query<C>, options?: MaximCallOptions<C>) => Promise<MaximResult<C>>
      : (input: Query<C>, options?: MaximCallOptions<C>) => Promise<MaximResult<C>>
    : (input: MaximInput<C>, options?: MaximCallOptions<C>) => Promise<MaximResult<C>>;

/** What `.pages` takes: the function's arguments; a history may leave out where it starts. */
type PagesArguments<C extends MaximCall> =
  Row<C> extends { paging: "history" }
    ? [input: Omit<Query<C>, "msg_id_start"> & { msg_id_start?: Int64 }, options?: MaximCallOptions<C>]
    : Parameters<Call<C>>;

/** The client function of one operation (with `.pages` where the operation is paged). */
export type MaximFunction<C extends MaximCall> = Call<C> &
  (Row<C> extends { paging: string }
    ? { pages(...args: PagesArguments<C>): AsyncIterableIterator<MaximResult<C>> }
    : unknown);

type NamespaceOf<C> = C extends `${infer N}.${string}` ? N : never;
type MethodOf<C, N extends string> = C extends `${N}.${infer M}` ? M : never;

/** Every operation as `client.<namespace>.<method>`. */
export type MaximNamespaces = {
  readonly [N in NamespaceOf<MaximCall>]: {
    readonly [M in MethodOf<MaximCall, N>]: `${N}.${M}` extends MaximCall
      ? MaximFunction<`${N}.${M}`>
      : never;
  };
};
