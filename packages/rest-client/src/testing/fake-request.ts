import type { IncomingMessage } from "node:http";
import { parseJson } from "@chatwire/http-core";
import type * as v from "valibot";

/** Thrown when a body is larger than the fake accepts; answered with HTTP 413. */
export class BodyTooLarge extends Error {}

/** Reads a request body, stopping (and refusing) once it passes `limit` bytes. */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

type Node = v.GenericSchema & {
  type: string;
  wrapped?: Node;
  entries?: Record<string, Node>;
  options?: Node[];
  pipe?: readonly Node[];
};

/**
 * Query values arrive as text. Each is turned into what its schema expects (an int64 exactly,
 * as a bigint when past 2^53), so the same validators check the query as check a client's input.
 * Text that is not a number where one is expected stays text, and the validator names it.
 */
export function typedQuery(
  schema: v.GenericSchema | undefined,
  raw: Record<string, string>,
): Record<string, unknown> {
  const entries = objectEntriesOf(schema as Node | undefined) ?? {};
  const typed: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(raw)) {
    let node: Node | undefined = entries[name];
    if (node?.type === "optional") node = node.wrapped;
    typed[name] = convert(node, text);
  }
  return typed;
}

/**
 * The entries of an object schema: its own, or those of the object schema piped after the check
 * that it is an object at all (see validation/primitives.ts).
 */
function objectEntriesOf(schema: Node | undefined): Record<string, Node> | undefined {
  if (schema?.entries !== undefined) return schema.entries;
  for (const step of schema?.pipe ?? []) if (step.entries !== undefined) return step.entries;
  return undefined;
}

const integerText = /^-?\d+$/;

function convert(node: Node | undefined, text: string): unknown {
  switch (node?.type) {
    case "union": // int64
      return integerText.test(text) ? exactInteger(text) : text;
    case "number":
      return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    default:
      return text;
  }
}

/** An integer written in text, exactly: a number when safe, otherwise a bigint. */
export function exactInteger(text: string): number | bigint {
  const value = BigInt(text);
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value;
}

/** A JSON body, parsed exactly; undefined when it is not JSON (the caller answers 400). */
export function parseBody(text: string): { value: unknown } | undefined {
  try {
    return { value: parseJson(text) };
  } catch {
    return undefined;
  }
}
