import type { HttpAnswer } from "@chatwire/http-core";
import type { OperationValidators } from "./load-operation.js";

export const successCode = 200;

interface Envelope {
  code: number;
  message?: string | null;
  data?: unknown;
  cursor?: unknown;
  total?: unknown;
  version?: unknown;
}

const isSafeInt = (value: unknown) => typeof value === "number" && Number.isSafeInteger(value);
const isInt64 = (value: unknown) => isSafeInt(value) || typeof value === "bigint";

function asEnvelope(value: unknown): Envelope | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const envelope = value as Envelope;
  if (!isSafeInt(envelope.code)) return undefined;
  if (envelope.message !== undefined && envelope.message !== null && typeof envelope.message !== "string") {
    return undefined;
  }
  return envelope;
}

/** The code and message of a refused answer's body, when it is an envelope. */
export function envelopeOfFailure(answer: HttpAnswer): { code: number; detail?: string } | undefined {
  let envelope: Envelope | undefined;
  try {
    envelope = asEnvelope(answer.json());
  } catch {
    return undefined;
  }
  if (!envelope) return undefined;
  return {
    code: envelope.code,
    ...(envelope.message
      ? { detail: `code ${envelope.code}: ${envelope.message}` }
      : { detail: `code ${envelope.code}` }),
  };
}

/**
 * Unwraps a 2xx answer: a non-envelope is `invalid-response`, a code other than 200 is `api` (with
 * the code), a `data` that does not match the spec is `invalid-response`; none is repeated.
 * Paging shapes resolve `{ data, cursor, total, version }`.
 */
export function readEnvelope(
  answer: HttpAnswer,
  shape: "envelope" | "page" | "cursor",
  validators: OperationValidators,
): unknown {
  const schema = validators.answer;
  const envelope = asEnvelope(answer.json());
  if (!envelope) {
    throw answer.fail("invalid-response", "answer is not a {code, message, data} envelope", {
      retryable: false,
    });
  }
  if (envelope.code !== successCode) {
    const said = envelope.message ? `: ${envelope.message}` : "";
    throw answer.fail("api", `server answered code ${envelope.code}${said}`, {
      code: envelope.code,
      retryable: false,
      ...(envelope.message ? { serverMessage: envelope.message } : {}),
    });
  }
  let data = envelope.data;
  if (data === undefined || data === null) {
    // An untyped object result (the vendor's bare `Response`) may come back empty.
    if ((schema as { type?: string } | undefined)?.type !== "record") {
      throw answer.fail("invalid-response", "envelope reports success but carries no data", {
        retryable: false,
      });
    }
    data = null;
  } else if (schema) {
    const problem = validators.check(schema, data, "answer.data");
    if (problem) throw answer.fail("invalid-response", `${problem} (the spec says so)`, { retryable: false });
  }
  if (shape === "envelope") return data;
  const { cursor, total, version } = envelope;
  if (cursor !== undefined && cursor !== null && typeof cursor !== "string") {
    throw answer.fail("invalid-response", "answer.cursor must be a string", { retryable: false });
  }
  for (const [name, value] of [
    ["total", total],
    ["version", version],
  ] as const) {
    if (value !== undefined && value !== null && !isInt64(value)) {
      throw answer.fail("invalid-response", `answer.${name} must be an int64`, { retryable: false });
    }
  }
  return {
    data,
    ...(typeof cursor === "string" ? { cursor } : {}),
    ...(isInt64(total) ? { total } : {}),
    ...(isInt64(version) ? { version } : {}),
  };
}
