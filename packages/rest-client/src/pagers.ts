import { type LoadedOperation, loadOperation } from "./load-operation.js";
import type { MaximPage } from "./operation-types.js";
import { RestApiError, type RestOperation } from "./rest-api-error.js";
import { type ClientContext, runOperation } from "./run-operation.js";

type Perform = (input: unknown, options: unknown) => Promise<unknown>;

function stuck(context: ClientContext, { operation }: LoadedOperation, detail: string): RestApiError {
  return new RestApiError(`${operation}: ${detail}`, {
    kind: "invalid-response",
    operation,
    retryable: false,
    secrets: context.secrets,
  });
}

const isEnd = (cursor: unknown) => cursor === undefined || cursor === null || cursor === "";

/**
 * Walks a cursor-paged list: each page's `cursor` is sent back for the next, until a page comes
 * without one or empty. A cursor that comes back unchanged, or one seen before (a cycle), ends
 * the walk with an `invalid-response` error instead of looping.
 */
async function* cursorPages(
  context: ClientContext,
  loaded: LoadedOperation,
  perform: Perform,
  input: unknown,
  options: Record<string, unknown> | undefined,
): AsyncGenerator<unknown> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const withCursor = (query: unknown) => ({
      ...(query as object),
      ...(cursor === undefined ? {} : { cursor }),
    });
    const page = (
      loaded.row.input === "json+query"
        ? await perform(input, { ...options, query: withCursor(options?.query) })
        : await perform(withCursor(input), options)
    ) as MaximPage<unknown>;
    yield page;
    const next = page.cursor;
    if (isEnd(next) || (Array.isArray(page.data) && page.data.length === 0)) return;
    if (next === cursor) throw stuck(context, loaded, `the cursor did not advance (${next})`);
    if (seen.has(next as string))
      throw stuck(context, loaded, `the cursor ${next} came back: the pages run in a cycle`);
    seen.add(next as string);
    cursor = next;
  }
}

/** A number where it is exact, a bigint beyond 2^53 - 1: how the client hands out int64 values. */
const asInt64 = (value: bigint): number | bigint =>
  value >= -BigInt(Number.MAX_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value;

interface HistoryPage {
  is_last?: boolean;
  next_msg_id?: number | bigint;
  messages?: unknown[];
}

/**
 * Walks a message history backwards: `next_msg_id` is the next page's `msg_id_start`, until
 * `is_last`, a zero ID or an empty page. A start that repeats ends the walk with an error.
 */
async function* historyPages(
  context: ClientContext,
  loaded: LoadedOperation,
  perform: Perform,
  input: unknown,
  options: unknown,
): AsyncGenerator<unknown> {
  const seen = new Set<bigint>();
  const first = (input as { msg_id_start?: unknown } | undefined)?.msg_id_start;
  // An unusable start is left to the operation's own input check, which names it.
  let start =
    typeof first === "number" && Number.isSafeInteger(first)
      ? BigInt(first)
      : typeof first === "bigint"
        ? first
        : 0n;
  for (;;) {
    const page = (await perform(
      { ...(input as object), msg_id_start: asInt64(start) },
      options,
    )) as HistoryPage;
    yield page;
    const next = page.next_msg_id;
    if (page.is_last || next === undefined || BigInt(next) === 0n || (page.messages ?? []).length === 0)
      return;
    const nextStart = BigInt(next);
    if (nextStart === start) throw stuck(context, loaded, `next_msg_id did not advance (${next})`);
    if (seen.has(nextStart))
      throw stuck(context, loaded, `next_msg_id ${next} came back: the pages run in a cycle`);
    seen.add(start);
    seen.add(nextStart);
    start = nextStart;
  }
}

/** The `.pages(...)` iterator of a paged operation (`"group.memberList"`). */
export function pagesOf(
  context: ClientContext,
  call: string,
  operation: RestOperation,
): (input?: unknown, options?: unknown) => AsyncGenerator<unknown> {
  return async function* pages(input, options) {
    const loaded = await loadOperation(call, operation);
    const perform: Perform = (pageInput, pageOptions) =>
      runOperation(context, loaded, pageInput, pageOptions);
    yield* loaded.row.paging === "history"
      ? historyPages(context, loaded, perform, input, options)
      : cursorPages(context, loaded, perform, input, options as Record<string, unknown> | undefined);
  };
}
