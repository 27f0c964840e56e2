import { containsSecret, redactSecrets } from "./redact-secrets.js";

/** How deep a cause chain is followed; anything further is dropped rather than copied. */
const maxCauseDepth = 8;

/**
 * Returns `cause` itself when none of its text (message, stack, string properties, and the same
 * for its own causes) holds a secret; otherwise a plain copy with every such text redacted. The
 * original object is then dropped, so `util.inspect` and loggers cannot reach the secret through it.
 */
export function safeCause(cause: unknown, secrets: readonly (string | undefined)[]): unknown {
  if (!secrets.some((secret) => secret)) return cause;
  return isClean(cause, secrets, 0) ? cause : redactedCopy(cause, secrets, 0);
}

function textsOf(value: object): string[] {
  const texts: string[] = [];
  for (const key of Object.getOwnPropertyNames(value)) {
    if (key === "cause") continue;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === "string") texts.push(item);
  }
  return texts;
}

function isClean(value: unknown, secrets: readonly (string | undefined)[], depth: number): boolean {
  if (typeof value === "string") return !containsSecret(value, secrets);
  if (typeof value !== "object" || value === null) return true;
  if (depth >= maxCauseDepth) return false;
  if (textsOf(value).some((text) => containsSecret(text, secrets))) return false;
  return !("cause" in value) || isClean((value as { cause?: unknown }).cause, secrets, depth + 1);
}

/** An Error with the same name, message, code and stack, redacted, and a redacted copy of its cause. */
function redactedCopy(value: unknown, secrets: readonly (string | undefined)[], depth: number): unknown {
  if (typeof value === "string") return redactSecrets(value, secrets);
  if (typeof value !== "object" || value === null) return value;
  if (depth >= maxCauseDepth) return undefined;
  const source = value as {
    name?: unknown;
    message?: unknown;
    stack?: unknown;
    code?: unknown;
    cause?: unknown;
  };
  const message = typeof source.message === "string" ? source.message : "";
  const copy = new Error(redactSecrets(message, secrets));
  if (typeof source.name === "string") copy.name = source.name;
  if (typeof source.stack === "string") copy.stack = redactSecrets(source.stack, secrets);
  else delete copy.stack;
  if (typeof source.code === "string" || typeof source.code === "number") {
    Object.defineProperty(copy, "code", {
      value: typeof source.code === "string" ? redactSecrets(source.code, secrets) : source.code,
      enumerable: true,
    });
  }
  if (source.cause !== undefined) {
    const inner = redactedCopy(source.cause, secrets, depth + 1);
    if (inner !== undefined) Object.defineProperty(copy, "cause", { value: inner, enumerable: false });
  }
  return copy;
}
