import { HttpFault, parseJson } from "@chatwire/http-core";

/** The `{code, message, data}` wrapper of every answer. */
export interface Envelope {
  code: number;
  message?: string | null;
  data?: unknown;
}

export const successCode = 200;

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === "number" &&
    Number.isInteger((value as { code: number }).code)
  );
}

/** Parses a 2xx body into an envelope; anything else is a "body" fault. */
export function readEnvelope(text: string | undefined, status: number): Envelope {
  if (!text) throw new HttpFault("body", "empty response body", { status });
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (error) {
    throw new HttpFault("body", `response is not JSON (${(error as Error).message})`, {
      status,
      cause: error,
    });
  }
  if (!isEnvelope(value))
    throw new HttpFault("body", "response is not a {code, message, data} envelope", { status });
  return value;
}

/** Best-effort read of an error answer's envelope (raw text or already parsed), for its code and message. */
export function tryReadEnvelope(body: unknown): Envelope | undefined {
  if (typeof body !== "string") return isEnvelope(body) ? body : undefined;
  try {
    const value = parseJson(body);
    return isEnvelope(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
