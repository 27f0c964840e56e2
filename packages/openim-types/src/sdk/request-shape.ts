/**
 * Checks what the caller passed against what the codec's `fromPartial` built from it, and carries
 * the caller's `_unknownFields` over (`fromPartial` drops them, and a relay must not). Returns a
 * description of the first key the message does not declare, or of a message field given
 * something that is not an object; undefined when the shape fits. Scalars are checked afterwards
 * by the encode/decode echo (`findAlteredField`).
 */
export function adoptShape(input: unknown, built: unknown, path = ""): string | undefined {
  if (Array.isArray(input)) {
    if (!Array.isArray(built)) return undefined;
    for (let i = 0; i < input.length; i++) {
      const found = adoptShape(input[i], built[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isMessageObject(built)) return undefined;
  if (!isMessageObject(input)) {
    return input === undefined || input === null ? undefined : `${path || "the request"} must be an object`;
  }
  for (const key of Object.keys(input)) {
    const child = input[key];
    if (child === undefined) continue;
    if (key === "_unknownFields") {
      built[key] = child;
      continue;
    }
    if (!Object.hasOwn(built, key)) return `${join(path, key)} is not a field of this message`;
    const found = adoptShape(child, built[key], join(path, key));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Compares a message with what decoding its own encoding gives back and returns the path of the
 * first field that did not survive: a value of the wrong type the encoder coerced (a number in a
 * string field, a float in an int32), or a string the wire cannot carry. Undefined when equal.
 */
export function findAlteredField(intended: unknown, echoed: unknown, path = ""): string | undefined {
  if (Object.is(intended, echoed)) return undefined;
  if (intended instanceof Uint8Array || echoed instanceof Uint8Array) {
    return intended instanceof Uint8Array && echoed instanceof Uint8Array && sameBytes(intended, echoed)
      ? undefined
      : path || "(message)";
  }
  if (typeof intended !== "object" || intended === null || typeof echoed !== "object" || echoed === null)
    return path || "(message)";
  if (Array.isArray(intended) !== Array.isArray(echoed)) return path || "(message)";
  if (Array.isArray(intended)) {
    const other = echoed as unknown[];
    if (intended.length !== other.length) return path || "(message)";
    for (let i = 0; i < intended.length; i++) {
      const found = findAlteredField(intended[i], other[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const a = intended as Record<string, unknown>;
  const b = echoed as Record<string, unknown>;
  for (const key of Object.keys(a)) {
    if (key === "_unknownFields") continue;
    const found = findAlteredField(a[key], b[key], join(path, key));
    if (found !== undefined) return found;
  }
  return undefined;
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isMessageObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array) &&
    (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
  );
}

interface Encodable {
  encode(message: unknown): { finish(): Uint8Array };
  fromPartial(object: unknown): unknown;
}

/**
 * After an encode failed: the path of the first field whose value alone makes building and
 * encoding the message fail, found by encoding each field on its own and descending into the
 * one that fails. Undefined when no single field is to blame.
 */
export function findUnencodableField(codec: Encodable, input: object): string | undefined {
  const fails = (partial: unknown) => {
    try {
      codec.encode(codec.fromPartial(partial)).finish();
      return false;
    } catch {
      return true;
    }
  };
  const descend = (value: unknown, wrap: (inner: unknown) => unknown, path: string): string => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (fails(wrap([value[i]]))) return descend(value[i], (inner) => wrap([inner]), `${path}[${i}]`);
      }
      return path;
    }
    if (!isMessageObject(value)) return path;
    if ("$case" in value) {
      // A oneof member: its case stays, only its value is narrowed.
      const caseName = value.$case;
      return descend(
        value.value,
        (inner) => wrap({ $case: caseName, value: inner }),
        join(path, String(caseName)),
      );
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === "_unknownFields" || child === undefined) continue;
      if (fails(wrap({ [key]: child })))
        return descend(child, (inner) => wrap({ [key]: inner }), join(path, key));
    }
    return path;
  };
  const path = descend(input, (inner) => inner, "");
  return path === "" ? undefined : path;
}
