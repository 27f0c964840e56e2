import { type HttpCaller, type HttpCallOptions, type HttpRequest, stringifyJson } from "@chatwire/http-core";
import type { maximOperationTable } from "./gen/maxim-operations.js";
import type { Int64 } from "./int64.js";
import type { LoadedOperation } from "./load-operation.js";
import { envelopeOfFailure, readEnvelope } from "./read-envelope.js";
import { RestApiError, type RestOperation } from "./rest-api-error.js";
import type { RestCallOptions } from "./rest-client-options.js";
import { int64Problem } from "./validation/int64-problem.js";

/** One row of the generated table, seen generically. */
export type OperationRow = (typeof maximOperationTable)[keyof typeof maximOperationTable] & {
  readonly paging?: "cursor" | "history";
};

/** What every operation of one client shares. */
export interface ClientContext {
  readonly caller: HttpCaller;
  readonly appId: string;
  readonly accessToken: string | undefined;
  readonly userId: Int64 | undefined;
  readonly groupId: Int64 | undefined;
  /** Values no error may show. */
  readonly secrets: readonly string[];
}

/** A typed refusal before anything was sent. */
export function refuse(context: ClientContext, operation: RestOperation, detail: string): RestApiError {
  return new RestApiError(`${operation}: request not sent: ${detail}`, {
    kind: "invalid-request",
    operation,
    retryable: false,
    secrets: context.secrets,
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The per-call controls http-core understands, without the client's own (act-as headers, query). */
function transportOptions(options: RestCallOptions): HttpCallOptions {
  const { signal, timeoutMs, totalTimeoutMs, maxResponseBytes, retry } = options;
  return {
    ...(signal === undefined ? {} : { signal }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(totalTimeoutMs === undefined ? {} : { totalTimeoutMs }),
    ...(maxResponseBytes === undefined ? {} : { maxResponseBytes }),
    ...(retry === undefined ? {} : { retry }),
  };
}

/** Splits a function's arguments: operations without input take the options first. */
export function splitArguments(row: OperationRow, args: readonly unknown[]): [unknown, unknown] {
  return row.input === "none" ? [undefined, args[0]] : [args[0], args[1]];
}

/**
 * Performs one operation: checks the input against the spec, builds the request (body, query,
 * credentials, act-as headers), sends it under the client's policy, and unwraps the answer.
 * Every failure rejects with a `RestApiError`.
 */
export async function runOperation(
  context: ClientContext,
  { row, operation, validators }: LoadedOperation,
  input: unknown,
  optionsArgument: unknown,
): Promise<unknown> {
  const options = (optionsArgument ?? {}) as RestCallOptions & { query?: unknown };
  if (!isPlainObject(options)) throw refuse(context, operation, "the options argument must be an object");
  const check = (
    schema: Parameters<typeof validators.check>[0] | undefined,
    value: unknown,
    root: string,
  ) => {
    const problem = schema ? validators.check(schema, value, root) : undefined;
    if (problem) throw refuse(context, operation, problem);
  };

  const headers: Record<string, string> = { app_id: context.appId };
  if (context.accessToken !== undefined) headers["access-token"] = context.accessToken;
  const actAs = row.actAs as readonly string[];
  for (const [header, given, fallback] of [
    ["user_id", options.userId, context.userId],
    ["group_id", options.groupId, context.groupId],
  ] as const) {
    const declared = actAs.includes(header);
    if (given !== undefined && !declared) {
      throw refuse(context, operation, `this operation takes no ${header} header; put the ID in the input`);
    }
    const value = given ?? (declared ? fallback : undefined);
    if (value === undefined) continue;
    const problem = int64Problem(value);
    if (problem)
      throw refuse(context, operation, `options.${header === "user_id" ? "userId" : "groupId"} ${problem}`);
    headers[header] = String(value);
  }

  let body: string | undefined;
  let query: Record<string, string | number | bigint | boolean | undefined> | undefined;
  switch (row.input) {
    case "query": {
      const value = input ?? {};
      check(validators.input, value, "input");
      query = value as typeof query;
      break;
    }
    case "text":
      if (typeof input !== "string")
        throw refuse(context, operation, "input must be a string (the text body)");
      body = input;
      headers["content-type"] = "text/plain; charset=utf-8";
      break;
    case "json":
    case "json+query":
      check(validators.input, input, "input");
      try {
        body = stringifyJson(input);
      } catch (error) {
        // What passed the schema can still have no JSON form: a cycle inside a free-form object.
        throw refuse(context, operation, `input ${(error as Error).message}`);
      }
      headers["content-type"] = "application/json";
      if (row.input === "json+query") {
        const value = options.query ?? {};
        check(validators.query, value, "options.query");
        query = value as typeof query;
      } else if (options.query !== undefined) {
        throw refuse(context, operation, "options.query is only for operations with both a body and a query");
      }
      break;
    default:
      if (input !== undefined) throw refuse(context, operation, "this operation takes no input");
  }

  const retry = row.retry as boolean | string;
  const repeatable =
    retry === true || (typeof retry === "string" && isPlainObject(input) && input[retry] !== undefined);
  const request: HttpRequest<unknown> = {
    operation,
    method: row.method,
    path: row.path,
    headers,
    repeatable,
    ...(query === undefined ? {} : { query }),
    ...(body === undefined ? {} : { body }),
    read: (answer) => (row.answer === "binary" ? answer.bytes : readEnvelope(answer, row.answer, validators)),
    readFailure: envelopeOfFailure,
  };
  return context.caller.call(request, transportOptions(options));
}
