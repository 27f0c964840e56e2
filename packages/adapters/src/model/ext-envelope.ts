/** Where a relayed copy came from: the route that sent it and the source message it copies. */
export interface RelayOrigin {
  /** The route's ID. */
  route: string;
  /** The source conversation, `platform:kind:id`. */
  from: string;
  sourceId: string;
}

/** What chatwire itself keeps in a system's extension field (OpenIM `ex`, MaxIM `ext`). */
export interface ExtMarks {
  origin?: RelayOrigin;
  /** The send's idempotency token (MaxIM `transaction_id`), so the sender can find its message again. */
  tx?: string;
}

/**
 * Wraps the application's extension text with chatwire's marks as
 * `{"chatwire":{…},"ext":"<the application's text>"}`, keeping the application's text exactly.
 * Without marks the text is returned as it is.
 */
export function wrapExt(ext: string | undefined, marks: ExtMarks): string | undefined {
  const present = Object.fromEntries(Object.entries(marks).filter(([, value]) => value !== undefined));
  if (Object.keys(present).length === 0) return ext;
  return JSON.stringify(ext === undefined ? { chatwire: present } : { chatwire: present, ext });
}

/** Splits a stored extension field into the application's text and chatwire's marks; anything else is the application's. */
export function unwrapExt(stored: string | undefined): { ext?: string; marks?: ExtMarks } {
  if (stored === undefined || !stored.startsWith('{"chatwire":'))
    return stored === undefined ? {} : { ext: stored };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return { ext: stored };
  }
  if (!isEnvelope(parsed)) return { ext: stored };
  const marks: ExtMarks = {};
  const origin = parsed.chatwire.origin;
  if (isOrigin(origin)) marks.origin = { route: origin.route, from: origin.from, sourceId: origin.sourceId };
  if (typeof parsed.chatwire.tx === "string") marks.tx = parsed.chatwire.tx;
  return parsed.ext === undefined ? { marks } : { ext: parsed.ext, marks };
}

interface Envelope {
  chatwire: { origin?: unknown; tx?: unknown };
  ext?: string;
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return (
    keys.every((key) => key === "chatwire" || key === "ext") &&
    typeof record.chatwire === "object" &&
    record.chatwire !== null &&
    (record.ext === undefined || typeof record.ext === "string")
  );
}

function isOrigin(value: unknown): value is RelayOrigin {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.route === "string" && typeof record.from === "string" && typeof record.sourceId === "string"
  );
}
