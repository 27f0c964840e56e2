import { isChatwireError } from "@chatwire/errors";
import type { HttpAnswer } from "@chatwire/http-core";
import * as v from "valibot";
import { budgetErrorOf, decodeWithinBudget, type ProtobufDecodeLimits } from "./decode-within-budget.js";
import { integer } from "./json-schemas.js";
import type { ProtobufEndpoint } from "./protobuf-method-types.js";

/** A JSON refusal on a protobuf endpoint: a code, and usually a message. */
const refusalSchema = v.looseObject({ code: integer, msg: v.optional(v.string()) });

interface StatusLike {
  readonly code: number | bigint;
  readonly msg: string;
}

/**
 * Decodes a protobuf endpoint's answer with the rpc's response type, within the decode budget
 * and the attempt's deadline, and checks its `Status`: success is `code == 1`. A JSON body on a
 * protobuf endpoint is read as a `{code, msg}` refusal. Throws only the call's typed errors.
 */
export function decodeProtobufAnswer<Res>(
  endpoint: ProtobufEndpoint<unknown, Res>,
  answer: HttpAnswer,
  limits: Required<ProtobufDecodeLimits>,
): Res {
  if (/\bjson\b/i.test(answer.headers.get("content-type") ?? "")) throw jsonRefusal(answer);

  let decoded: Res;
  try {
    decoded = decodeWithinBudget(endpoint.response, answer.bytes, limits, answer.checkDeadline);
  } catch (error) {
    if (isChatwireError(error)) throw error; // the deadline passed during the decode
    const budget = budgetErrorOf(error);
    if (budget !== undefined) {
      throw answer.fail("too-large", `answer has ${budget.detail} (decodeLimits)`, {
        retryable: false,
        cause: error,
      });
    }
    throw answer.fail(
      "invalid-response",
      `answer is not a valid ${endpoint.rpc} response (${(error as Error).message})`,
      {
        retryable: false,
        cause: error,
      },
    );
  }
  const status = (decoded as { status?: StatusLike }).status;
  if (status === undefined)
    throw answer.fail("invalid-response", "answer carries no Status", { retryable: false });
  const code = Number(status.code);
  if (code !== 1) {
    const suffix = status.msg ? `: ${status.msg}` : "";
    throw answer.fail("api", `Yunhu refused the call with code ${code}${suffix}`, {
      code,
      ...(status.msg ? { serverMessage: status.msg } : {}),
    });
  }
  return decoded;
}

function jsonRefusal(answer: HttpAnswer): Error {
  const envelope = v.safeParse(refusalSchema, answer.json());
  if (envelope.success && envelope.output.code !== 1) {
    const { code, msg } = envelope.output;
    return answer.fail("api", `Yunhu refused the call with code ${code}${msg ? `: ${msg}` : ""}`, {
      code,
      ...(msg ? { serverMessage: msg } : {}),
    });
  }
  return answer.fail("invalid-response", "answer is JSON where a protobuf message was expected", {
    retryable: false,
  });
}
