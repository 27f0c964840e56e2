/**
 * A post-pass over ts-proto output that makes the codecs exact on the wire:
 *
 * - int64 fields (ts-proto's `forceLong=number`) hold safe integers only. A wire value, a JSON
 *   value or a value handed to `encode` that a number cannot hold exactly is a RangeError that
 *   names the field, never a rounded number.
 * - A float or double -0 is written, as Google's encoders do (ts-proto treats it as the default).
 * - Unknown fields are written back at their field-number position instead of after every known
 *   field, so decode → encode reproduces what a newer schema's encoder wrote, byte for byte.
 * - decode rejects malformed input instead of returning part of a message: a declared field with
 *   the wrong wire type, field number 0, a stray end-group tag, a field running past its enclosing
 *   length, invalid UTF-8 in a string.
 *
 * Every rewrite checks that it found the code shape it expects, so a ts-proto upgrade that
 * changes its output fails generation loudly instead of silently skipping a rule.
 */
export function exactCodecs(code: string, file: string): string {
  const used = new Set<HelperName>();
  const normalized = unwrapMessageBlocks(code);
  let blocks = 0;
  const rewritten = normalized.replace(messageBlockPattern, (block: string, name: string) => {
    blocks++;
    return rewriteMessage(block, name, file, used);
  });
  const declared = (normalized.match(/^export const \w+: MessageFns</gm) ?? []).length;
  if (blocks !== declared) throw shapeError(file, `${blocks} of ${declared} message codecs recognised`);
  if (used.size === 0) return rewritten;
  return replaceLongToNumber(rewritten, file, used) + helperSource(used);
}

type HelperName = "unknownFields" | "decodeChecks" | "int64";

const messageBlockPattern = /^export const (\w+): MessageFns<\w+> = \{\n[\s\S]*?^\};\n/gm;

/**
 * The formatter wraps a declaration whose first line is too long as `X: MessageFns<X> =\n  {`,
 * indenting the whole object; bring it back to the usual layout the rewrites expect.
 */
function unwrapMessageBlocks(code: string): string {
  return code.replace(
    /^(export const \w+: MessageFns<\w+> =)\n {2}\{\n([\s\S]*?)\n {2}\};\n/gm,
    (_, declaration: string, body: string) => `${declaration} {\n${body.replace(/^ {2}/gm, "")}\n};\n`,
  );
}

function shapeError(file: string, what: string): Error {
  return new Error(`${file}: ts-proto output no longer matches the exact-codec post-pass (${what})`);
}

interface Int64Field {
  readonly name: string;
  readonly unsigned: boolean;
}

function rewriteMessage(block: string, name: string, file: string, used: Set<HelperName>): string {
  const int64Fields: Int64Field[] = [];
  let out = rewriteMethod(block, "decode", file, (body) => rewriteDecode(body, name, file, int64Fields));
  out = rewriteMethod(out, "encode", file, (body) => rewriteEncode(body, name, file));
  out = rewriteMethod(out, "fromJSON", file, (body) => rewriteFromJson(body, name, file, int64Fields));
  used.add("unknownFields").add("decodeChecks");
  if (int64Fields.length > 0 || out.includes("exactInt64(")) used.add("int64");
  return out;
}

/** Applies `rewrite` to the text of one method of a `MessageFns` object literal. */
function rewriteMethod(
  block: string,
  method: string,
  file: string,
  rewrite: (body: string) => string,
): string {
  const start = block.indexOf(`\n  ${method}(`);
  const end = block.indexOf("\n  },\n", start);
  if (start < 0 || end < 0) throw shapeError(file, `method ${method}`);
  return block.slice(0, start) + rewrite(block.slice(start, end)) + block.slice(end);
}

/** Replaces every match and checks the count, so a missed shape cannot go unnoticed. */
function replaceCounted(
  text: string,
  pattern: RegExp,
  replacement: (...groups: string[]) => string,
  expected: number | "any",
  file: string,
  what: string,
): string {
  let count = 0;
  const out = text.replace(pattern, (...args: unknown[]) => {
    count++;
    return replacement(...(args.slice(0, -2) as string[]));
  });
  if (expected !== "any" && count !== expected) throw shapeError(file, `${what}: ${count} of ${expected}`);
  return out;
}

function rewriteDecode(body: string, message: string, file: string, int64Fields: Int64Field[]): string {
  const fieldCount = (body.match(/\n\s+case \d+: \{/g) ?? []).length;
  let out = body;
  // int64: name the field in the range error; every longToNumber call must be one we recognise.
  out = replaceCounted(
    out,
    /message\.(\w+)( = |\.push\()longToNumber\(reader\.(u?int64)\(\)\)/g,
    (_, field, assign, reader) => {
      if (!int64Fields.some((f) => f.name === field))
        int64Fields.push({ name: field, unsigned: reader === "uint64" });
      return `message.${field}${assign}longToNumber(reader.${reader}(), "${message}.${field}")`;
    },
    out.split("longToNumber(").length - 1,
    file,
    `${message}: int64 reads`,
  );
  // Strings must be valid UTF-8, as proto3 requires; a lossy U+FFFD would change the bytes.
  out = out.replaceAll("reader.string()", "reader.string(true)");
  // A declared field with another wire type is from an incompatible schema: fail, don't shelve it.
  const single = /(if \(tag !== \d+\) \{\n)(\s+)break;\n/g;
  const repeated = /(continue;\n\s+\}\n\n)(\s+)break;\n/g;
  const mismatches = (out.match(single) ?? []).length + (out.match(repeated) ?? []).length;
  if (mismatches !== fieldCount)
    throw shapeError(file, `${message}: ${mismatches} wire-type checks for ${fieldCount} fields`);
  const mismatch = (_: string, before: string, indent: string) =>
    `${before}${indent}throw wireTypeMismatch("${message}", tag);\n`;
  out = out.replace(single, mismatch).replace(repeated, mismatch);
  out = replaceCounted(
    out,
    /if \(\(tag & 7\) === 4 \|\| tag === 0\) \{\n(\s+)break;\n/g,
    (_, indent) =>
      `if ((tag & 7) === 4 || tag >>> 3 === 0) {\n${indent}throw invalidTag("${message}", tag);\n`,
    1,
    file,
    `${message}: end-group check`,
  );
  // Pass the field number so a skipped group must end with its own end-group tag.
  out = replaceCounted(
    out,
    /reader\.skip\(tag & 7\)/g,
    () => "reader.skip(tag & 7, tag >>> 3)",
    1,
    file,
    `${message}: unknown-field skip`,
  );
  out = replaceCounted(
    out,
    /\n(\s+)return message;\n/g,
    (_, indent) =>
      `\n${indent}if (reader.pos !== end) {\n${indent}  throw lengthMismatch("${message}");\n${indent}}\n${indent}return message;\n`,
    1,
    file,
    `${message}: end of message`,
  );
  return replaceCounted(
    out,
    /\n(\s+)while \(reader\.pos < end2\) \{\n[\s\S]*?\n\1\}\n/g,
    (loop, indent) =>
      `${loop}${indent}if (reader.pos !== end2) {\n${indent}  throw lengthMismatch("${message}");\n${indent}}\n`,
    "any",
    file,
    "packed loops",
  );
}

const unknownFieldBlock =
  /\n {4}if \(message\._unknownFields !== undefined\) \{\n {6}for \(const \[key, values\] of globalThis\.Object\.entries\(message\._unknownFields\)\) \{\n[\s\S]*?\n {4}\}\n/;

function rewriteEncode(body: string, message: string, file: string): string {
  let out = replaceCounted(
    body,
    /(\n {2}encode\([\s\S]*?\): BinaryWriter \{\n)/g,
    (_, signature) => `${signature}    const unknown = pendingUnknownFields(message._unknownFields);\n`,
    1,
    file,
    `${message}: encode signature`,
  );
  if (!unknownFieldBlock.test(out)) throw shapeError(file, `${message}: unknown-field block`);
  out = out.replace(
    unknownFieldBlock,
    "\n    if (unknown !== undefined) {\n      writeUnknownFieldsBelow(writer, unknown, Infinity);\n    }\n",
  );
  // Every field tag goes through writeTag, which first writes the unknown fields numbered below it.
  out = out.replace(/writer\.uint32\((\d+)\)/g, "writeTag(writer, $1, unknown)");
  // -0 is not the default 0: Google's encoders write it (the sign bit is data), so write it too.
  out = out.replace(
    /if \(message\.(\w+) !== 0\) \{(\n\s+writeTag\(writer, \d+, unknown\)\.(?:double|float)\()/g,
    "if (message.$1 !== 0 || globalThis.Object.is(message.$1, -0)) {$2",
  );
  out = out.replace(
    /\.(u?int64)\(message\.(\w+)\)/g,
    (_, type: string, field: string) =>
      `.${type}(exactInt64(message.${field}, "${message}.${field}", ${type === "uint64"}))`,
  );
  out = out.replace(
    /(for \(const v of message\.(\w+)\) \{\n[^\n]*\.)(u?int64)\(v!?\)/g,
    (_, before: string, field: string, type: string) =>
      `${before}${type}(exactInt64(v, "${message}.${field}", ${type === "uint64"}))`,
  );
  if (/\.u?int64\((?!exactInt64)/.test(out)) throw shapeError(file, `${message}: unchecked int64 write`);
  return out;
}

/** Routes int64 JSON values (a property may be read under its JSON name and its proto name) through int64FromJSON. */
function rewriteFromJson(
  body: string,
  message: string,
  file: string,
  int64Fields: readonly Int64Field[],
): string {
  let out = body;
  for (const { name, unsigned } of int64Fields) {
    const path = `"${message}.${name}", ${unsigned}`;
    const property = new RegExp(`\\n {6}${name}: [\\s\\S]*?(?=\\n {6}\\w+: |\\n {4}\\};)`);
    const match = property.exec(out);
    if (!match) throw shapeError(file, `${message}.${name}: fromJSON property`);
    const rewritten = replaceCounted(
      match[0],
      /globalThis\.Number\((object\.\w+|e)\)/g,
      (_, source) => `int64FromJSON(${source}, ${path})`,
      "any",
      file,
      `${message}.${name}: fromJSON`,
    );
    if (rewritten === match[0]) throw shapeError(file, `${message}.${name}: fromJSON conversion`);
    out = out.slice(0, match.index) + rewritten + out.slice(match.index + match[0].length);
  }
  return out;
}

const longToNumberPattern =
  /\nfunction longToNumber\(int64: \{ toString\(\): string \}\): number \{\n[\s\S]*?\n\}\n/;

function replaceLongToNumber(code: string, file: string, used: ReadonlySet<HelperName>): string {
  if (!used.has("int64")) return code;
  if (!code.includes("longToNumber(")) return code;
  if (!longToNumberPattern.test(code)) throw shapeError(file, "longToNumber helper");
  return code.replace(longToNumberPattern, `\n${longToNumberSource}`);
}

const longToNumberSource = `function longToNumber(int64: { toString(): string }, field: string): number {
  const num = globalThis.Number(int64.toString());
  if (!globalThis.Number.isSafeInteger(num)) {
    throw new globalThis.RangeError(\`\${field}: \${int64.toString()} is beyond ±(2^53-1) and cannot be a number exactly\`);
  }
  return num;
}
`;

const helpers: Record<HelperName, string> = {
  unknownFields: `
/** A message's unknown fields in field-number order, written back as encoding reaches their place. */
interface UnknownFieldQueue {
  readonly tags: number[];
  readonly values: Uint8Array[];
  next: number;
}

function pendingUnknownFields(fields: { [key: number]: Uint8Array[] } | undefined): UnknownFieldQueue | undefined {
  if (fields === undefined) return undefined;
  for (const _ in fields) {
    const tags: number[] = [];
    const values: Uint8Array[] = [];
    const sorted = globalThis.Object.keys(fields).map(globalThis.Number).sort((a, b) => a - b);
    for (const tag of sorted) {
      for (const value of fields[tag]!) {
        tags.push(tag);
        values.push(value);
      }
    }
    return { tags, values, next: 0 };
  }
  return undefined;
}

function writeUnknownFieldsBelow(writer: BinaryWriter, unknown: UnknownFieldQueue, fieldNo: number): void {
  while (unknown.next < unknown.tags.length && unknown.tags[unknown.next]! >>> 3 < fieldNo) {
    writer.uint32(unknown.tags[unknown.next]!).raw(unknown.values[unknown.next]!);
    unknown.next++;
  }
}

function writeTag(writer: BinaryWriter, tag: number, unknown: UnknownFieldQueue | undefined): BinaryWriter {
  if (unknown !== undefined) writeUnknownFieldsBelow(writer, unknown, tag >>> 3);
  return writer.uint32(tag);
}
`,
  decodeChecks: `
function wireTypeMismatch(message: string, tag: number): Error {
  return new globalThis.Error(\`\${message}: field \${tag >>> 3} has wire type \${tag & 7}, which its declared type cannot have\`);
}

function invalidTag(message: string, tag: number): Error {
  const reason = tag >>> 3 === 0 ? "field number 0" : "an end-group tag without a matching start";
  return new globalThis.Error(\`\${message}: invalid tag \${tag} (\${reason})\`);
}

function lengthMismatch(message: string): Error {
  return new globalThis.Error(\`\${message}: a field runs past the end of its enclosing length\`);
}
`,
  int64: `
function exactInt64(value: number, field: string, unsigned: boolean): number {
  if (!globalThis.Number.isSafeInteger(value) || (unsigned && value < 0)) {
    const expected = unsigned ? "a non-negative integer" : "an integer";
    const shown = typeof value === "number" ? value : \`a \${typeof value}\`;
    throw new globalThis.RangeError(\`\${field}: \${shown} is not \${expected} within ±(2^53-1)\`);
  }
  return value;
}

function int64FromJSON(value: unknown, field: string, unsigned: boolean): number {
  if (typeof value === "number") return exactInt64(value, field, unsigned);
  const num = typeof value === "string" && /^-?[0-9]+$/.test(value) ? globalThis.Number(value) : globalThis.Number.NaN;
  if (!globalThis.Number.isSafeInteger(num) || (unsigned && num < 0)) {
    // Echo digits only: a misplaced string could be a credential.
    const shown = globalThis.Number.isNaN(num) ? \`a \${typeof value} that is not an integer\` : value;
    throw new globalThis.RangeError(\`\${field}: \${shown} is not an int64 within ±(2^53-1)\`);
  }
  return num;
}
`,
};

function helperSource(used: ReadonlySet<HelperName>): string {
  return (["unknownFields", "decodeChecks", "int64"] as const)
    .filter((name) => used.has(name))
    .map((name) => helpers[name])
    .join("");
}
