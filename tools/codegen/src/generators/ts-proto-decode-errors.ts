/**
 * A post-pass, run after the exact-codec pass and before the fast-codec pass, that makes every
 * failure of a generated `decode` a ProtobufDecodeError (wire-runtime.ts) saying where it failed:
 *
 * - Each decode gets a `catch` next to ts-proto's recursion-depth `finally`, so the bytes of a
 *   well-formed message cost nothing more than the try block V8 already optimises.
 * - The message whose fields were being read names itself; each enclosing message, as the error
 *   passes through its catch, puts itself and the field holding the nested message in front, so
 *   the path reads `IMMessage.quoteElem.quoteMessage`.
 * - To know that field, a message with message-typed fields keeps its current tag in a variable
 *   the catch can see, and the catch maps the field number to the field's name.
 *
 * Like the other passes, every rewrite checks that it found the code shape it expects.
 */
export function decodeErrorPaths(code: string, file: string): string {
  const declared = (code.match(/^export const \w+: MessageFns</gm) ?? []).length;
  let blocks = 0;
  const out = code.replace(messageBlockPattern, (block: string, name: string) => {
    blocks++;
    return rewriteDecode(block, name, file);
  });
  if (blocks !== declared) throw shapeError(file, `${blocks} of ${declared} message codecs recognised`);
  return out;
}

const messageBlockPattern = /^export const (\w+): MessageFns<\w+> = \{\n[\s\S]*?^\};\n/gm;

const depthLine = "\n    (reader as any).__tsProtoDecodeDepth = previousRecursionDepth + 1;\n    try {\n";
const finallyLine =
  "\n    } finally {\n      (reader as any).__tsProtoDecodeDepth = previousRecursionDepth;\n";
const tagRead = "\n        const tag = reader.uint32();\n";

/**
 * A field whose case decodes a nested message: `case N: { … X.decode(reader, reader.uint32()) … }`,
 * the call on one line or, when the formatter wrapped it, over several.
 */
const nestedFieldCase =
  /\n {10}case (\d+): \{\n((?:(?! {10}case \d+: \{)[\s\S])*?)\.decode\(\s*reader,\s*reader\.uint32\(\),?\s*\)/g;

function rewriteDecode(block: string, message: string, file: string): string {
  const start = block.indexOf("\n  decode(");
  const end = block.indexOf("\n  },\n", start);
  if (start < 0 || end < 0) throw shapeError(file, `${message}: decode method`);
  let body = block.slice(start, end);
  const fields = nestedFieldNames(body, message, file);
  const fieldTable = fields.map(([no, name]) => `${no}: "${name}"`).join(", ");
  const nested = fields.length > 0;
  body = replaceOnce(
    body,
    depthLine,
    nested ? depthLine.replace("    try {\n", "    let tag = 0;\n    try {\n") : depthLine,
    file,
    `${message}: recursion-depth guard`,
  );
  if (nested)
    body = replaceOnce(body, tagRead, "\n        tag = reader.uint32();\n", file, `${message}: tag read`);
  const wrap = nested
    ? `wrapDecodeError(error, "${message}", reader, tag, { ${fieldTable} })`
    : `wrapDecodeError(error, "${message}", reader)`;
  body = replaceOnce(
    body,
    finallyLine,
    `\n    } catch (error) {\n      throw ${wrap};${finallyLine}`,
    file,
    `${message}: finally block`,
  );
  return block.slice(0, start) + body + block.slice(end);
}

/** The field number and name of every field that holds a nested message (a oneof member by its case name). */
function nestedFieldNames(body: string, message: string, file: string): [number, string][] {
  const calls = (body.match(/\.decode\(\s*reader\b/g) ?? []).length;
  const fields: [number, string][] = [];
  for (const [, no, caseBody] of body.matchAll(nestedFieldCase)) {
    const name =
      /\$case: "(\w+)"/.exec(caseBody as string)?.[1] ?? /message\.(\w+)/.exec(caseBody as string)?.[1];
    if (name === undefined) throw shapeError(file, `${message}: field ${no} has no recognisable name`);
    fields.push([Number(no), name]);
  }
  if (fields.length !== calls)
    throw shapeError(file, `${message}: ${fields.length} of ${calls} nested decodes named`);
  return fields;
}

function replaceOnce(text: string, from: string, to: string, file: string, what: string): string {
  const found = text.split(from).length - 1;
  if (found !== 1) throw shapeError(file, `${what}: found ${found} times`);
  return text.replace(from, () => to);
}

function shapeError(file: string, what: string): Error {
  return new Error(`${file}: ts-proto output no longer matches the decode-error post-pass (${what})`);
}
