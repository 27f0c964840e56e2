import { parseJson, redactSecrets } from "@chatwire/http-core";
import type { ProtobufEndpoint } from "./protobuf-method-types.js";
import { YunhuApiError } from "./yunhu-api-error.js";

/** A 2xx answer as read off the wire. */
export interface RawAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

interface StatusLike {
  readonly code: number | bigint;
  readonly msg: string;
}

/**
 * Decodes a protobuf endpoint's answer with the rpc's response type and checks its `Status`:
 * success is `code == 1`. A JSON body on a protobuf endpoint is read as a `{code, msg}` refusal.
 */
export function decodeProtobufAnswer<Res>(
  endpoint: ProtobufEndpoint<unknown, Res>,
  answer: RawAnswer,
  token: string,
): Res {
  const fail = (
    kind: "api" | "body",
    detail: string,
    extra: { code?: number; msg?: string; cause?: unknown } = {},
  ) =>
    new YunhuApiError(redactSecrets(`${endpoint.path}: ${detail}`, [token]), {
      kind,
      endpoint: endpoint.path,
      status: answer.status,
      ...(extra.code === undefined ? {} : { code: extra.code }),
      ...(extra.msg === undefined ? {} : { serverMessage: redactSecrets(extra.msg, [token]) }),
      ...(extra.cause === undefined ? {} : { cause: extra.cause }),
    });

  if (/\bjson\b/i.test(answer.contentType)) throw jsonRefusal(answer, fail);

  let decoded: Res;
  try {
    decoded = endpoint.response.decode(answer.bytes);
  } catch (error) {
    throw fail("body", `answer is not a valid ${endpoint.rpc} response (${(error as Error).message})`, {
      cause: error,
    });
  }
  const status = (decoded as { status?: StatusLike }).status;
  if (status === undefined) throw fail("body", "answer carries no Status");
  const code = Number(status.code);
  if (code !== 1) {
    const suffix = status.msg ? `: ${status.msg}` : "";
    throw fail("api", `Yunhu refused the call with code ${code}${suffix}`, { code, msg: status.msg });
  }
  return decoded;
}

function jsonRefusal(
  answer: RawAnswer,
  fail: (kind: "api" | "body", detail: string, extra?: { code?: number; msg?: string }) => YunhuApiError,
): YunhuApiError {
  let parsed: unknown;
  try {
    parsed = parseJson(new TextDecoder().decode(answer.bytes));
  } catch {
    return fail("body", "answer is neither protobuf nor valid JSON");
  }
  const { code, msg } = (parsed ?? {}) as { code?: unknown; msg?: unknown };
  if (typeof code === "number" && code !== 1) {
    const text = typeof msg === "string" ? msg : undefined;
    return fail("api", `Yunhu refused the call with code ${code}${text ? `: ${text}` : ""}`, {
      code,
      ...(text === undefined ? {} : { msg: text }),
    });
  }
  return fail("body", "answer is JSON where a protobuf message was expected");
}
