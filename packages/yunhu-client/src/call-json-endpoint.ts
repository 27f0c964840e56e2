import {
  type CallOptions,
  faultFromError,
  faultFromResponse,
  parseJson,
  redactSecrets,
} from "@chatwire/http-core";
import * as v from "valibot";
import type { ClientContext } from "./client-context.js";
import type { JsonPostResult, YunhuJsonApi } from "./json-endpoints.js";
import { describeIssues, envelopeSchema } from "./json-schemas.js";
import { runCall } from "./run-call.js";
import { findBigInt } from "./unsafe-integers.js";
import { YunhuApiError, type YunhuApiErrorDetails } from "./yunhu-api-error.js";

/** What callJsonEndpoint needs from a row of the JSON endpoint table. */
export interface JsonEndpoint<Body> {
  readonly path: string;
  readonly idempotent: boolean;
  readonly requestSchema: v.GenericSchema<unknown, Body>;
  readonly responseSchema: v.GenericSchema<unknown, unknown>;
  post(api: YunhuJsonApi, body: Body, signal: AbortSignal): Promise<JsonPostResult>;
}

/**
 * One JSON call: validate the body, POST it through openapi-fetch, parse the answer losslessly,
 * check `code == 1`, then validate the answer's shape.
 */
export async function callJsonEndpoint<Body, Result>(
  context: ClientContext,
  api: YunhuJsonApi,
  endpoint: JsonEndpoint<Body>,
  body: unknown,
  options?: CallOptions,
): Promise<Result> {
  const { path } = endpoint;
  const refuse = (
    kind: "request" | "body" | "api",
    detail: string,
    extra: Omit<YunhuApiErrorDetails, "kind" | "endpoint"> = {},
  ) =>
    new YunhuApiError(redactSecrets(`${path}: ${detail}`, [context.token]), {
      kind,
      endpoint: path,
      ...extra,
    });

  const checked = v.safeParse(endpoint.requestSchema, body);
  if (!checked.success) throw refuse("request", `request not sent: ${describeIssues(checked.issues)}`);

  const answer = await runCall(context, endpoint, options, async (signal) => {
    let result: JsonPostResult;
    try {
      result = await endpoint.post(api, checked.output, signal);
    } catch (error) {
      throw faultFromError(error, signal);
    }
    if (!result.response.ok) throw faultFromResponse(result.response);
    return { status: result.response.status, text: result.data ?? "" };
  });

  const status = answer.status;
  let parsed: unknown;
  try {
    parsed = parseJson(answer.text);
  } catch (error) {
    // The parser's error quotes the answer, which may echo the token: only its redacted text is kept.
    throw refuse("body", `answer is not valid JSON (${(error as Error).message})`, { status });
  }
  const envelope = v.safeParse(envelopeSchema, parsed);
  if (!envelope.success)
    throw refuse("body", `answer is not a {code, msg} envelope: ${describeIssues(envelope.issues)}`, {
      status,
    });
  const { code, msg } = envelope.output;
  if (code !== 1) {
    const serverMessage = redactSecrets(msg, [context.token]);
    throw refuse("api", `Yunhu refused the call with code ${code}${msg ? `: ${msg}` : ""}`, {
      status,
      code,
      serverMessage,
    });
  }
  const bigint = findBigInt(parsed);
  if (bigint !== undefined)
    throw refuse("body", `${bigint} is beyond 2^53 and cannot be represented exactly`, { status });
  const full = v.safeParse(endpoint.responseSchema, parsed);
  if (!full.success) throw refuse("body", `unexpected answer: ${describeIssues(full.issues)}`, { status });
  return full.output as Result;
}
