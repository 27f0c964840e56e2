import { type CallOptions, type HttpAnswer, stringifyJson } from "@chatwire/http-core";
import * as v from "valibot";
import type { ClientContext } from "./client-context.js";
import { describeIssues, envelopeSchema } from "./json-schemas.js";
import { findBigInt } from "./unsafe-integers.js";

/** What callJsonEndpoint needs from a row of the JSON endpoint table. */
export interface JsonEndpoint<Body> {
  readonly path: string;
  readonly idempotent: boolean;
  readonly requestSchema: v.GenericSchema<unknown, Body>;
  readonly responseSchema: v.GenericSchema<unknown, unknown>;
}

/**
 * One JSON call: validate the body, POST it through the client's transport, then, within the
 * attempt's deadline, parse the answer exactly, check `code == 1` and validate the answer's shape.
 */
export async function callJsonEndpoint<Body, Result>(
  context: ClientContext,
  endpoint: JsonEndpoint<Body>,
  body: unknown,
  options?: CallOptions,
): Promise<Result> {
  const { path } = endpoint;
  const checked = v.safeParse(endpoint.requestSchema, body);
  if (!checked.success) throw context.refuse(path, describeIssues(checked.issues));
  let json: string;
  try {
    json = stringifyJson(checked.output);
  } catch (error) {
    throw context.refuse(path, "the body could not be written as JSON", error);
  }
  return context.http.call(
    {
      operation: path,
      method: "POST",
      path,
      headers: { "content-type": "application/json", accept: "application/json", token: context.token },
      body: json,
      repeatable: endpoint.idempotent,
      read: (answer) => readJsonAnswer(answer, endpoint.responseSchema) as Result,
    },
    options,
  );
}

function readJsonAnswer(answer: HttpAnswer, schema: v.GenericSchema<unknown, unknown>): unknown {
  const parsed = answer.json();
  const invalid = (detail: string) => answer.fail("invalid-response", detail, { retryable: false });
  const envelope = v.safeParse(envelopeSchema, parsed);
  if (!envelope.success) {
    throw invalid(`answer is not a {code, msg} envelope: ${describeIssues(envelope.issues)}`);
  }
  const { code, msg } = envelope.output;
  if (code !== 1) {
    throw answer.fail("api", `Yunhu refused the call with code ${code}${msg ? `: ${msg}` : ""}`, {
      code,
      serverMessage: msg,
    });
  }
  const bigint = findBigInt(parsed);
  if (bigint !== undefined) throw invalid(`${bigint} is beyond 2^53 and cannot be represented exactly`);
  const full = v.safeParse(schema, parsed);
  if (!full.success) throw invalid(`unexpected answer: ${describeIssues(full.issues)}`);
  return full.output;
}
