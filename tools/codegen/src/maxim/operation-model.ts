import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { isObject, type JsonObject, objectAt, operationsOf } from "./json-node.js";

/** Where an operation's input goes. */
export type InputLocation = "none" | "query" | "json" | "text" | "json+query";
/** What the 200 answer is: one of the three envelopes, or raw bytes. */
export type AnswerShape = "envelope" | "page" | "cursor" | "binary";
/** `true`: may be repeated; `false`: never; a string: only when the body sets that field. */
export type RetrySafety = boolean | string;
/** How a paged operation continues: the envelope's `cursor`, or a message history's `next_msg_id`. */
export type Paging = "cursor" | "history";

export interface MaximOperation {
  readonly operationId: string;
  readonly method: "GET" | "PUT" | "POST" | "DELETE";
  readonly path: string;
  /** Namespace (from the tag) and method name (from the path): `group.infoAvatar`. */
  readonly namespace: string;
  readonly name: string;
  readonly input: InputLocation;
  /** The request body schema (JSON or text), when there is one. */
  readonly body: JsonObject | undefined;
  /** Query parameters, in the document's order. */
  readonly query: readonly { name: string; required: boolean; schema: JsonObject }[];
  /** The act-as headers the operation declares. */
  readonly actAs: readonly ("user_id" | "group_id")[];
  readonly answer: AnswerShape;
  /** The schema of the envelope's `data`, when the answer is an envelope. */
  readonly data: JsonObject | undefined;
  readonly retry: RetrySafety;
  readonly paging: Paging | undefined;
}

/** Names a client namespace must not take: they are the client's own members. */
export const reservedNamespaces = new Set(["api", "then", "constructor", "prototype"]);

const methodSuffix: Record<string, string> = { GET: "Get", POST: "Post", PUT: "Put", DELETE: "Delete" };
/** On one path, the first of these methods gets the bare name; the others add their method. */
const methodPrecedence = ["GET", "POST", "PUT", "DELETE"];

/** `settings/allow_member_invitation` → `settingsAllowMemberInvitation`. */
export function methodNameFromPath(rest: string): string {
  const words = rest.split(/[/_]/).filter(Boolean);
  if (words.length === 0 || !words.every((word) => /^[a-z][a-z0-9]*$/i.test(word))) {
    throw new Error(`cannot derive a method name from ${JSON.stringify(rest)}`);
  }
  return words
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
}

function resolve(document: JsonObject, node: JsonObject): JsonObject {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  let target: unknown = document;
  for (const segment of ref.slice(2).split("/")) target = (target as JsonObject)[segment];
  if (!isObject(target)) throw new Error(`$ref ${ref} names nothing`);
  return resolve(document, target);
}

/** The last spec parsed, by its text: the MaxIM generators of one run read the same file. */
let lastParsed: { text: string; document: JsonObject } | undefined;

/** The imported spec, parsed once per content (callers must not change it). */
export function loadServerSpec(root: string, spec: string): JsonObject {
  const text = readFileSync(join(root, spec), "utf8");
  if (lastParsed?.text !== text) lastParsed = { text, document: parse(text) as JsonObject };
  return lastParsed.document;
}

const modelled = new WeakMap<JsonObject, MaximOperation[]>();

/**
 * Reads every operation of the imported spec into the facts the generators need, with its client
 * name: the tag is the namespace, the rest of the path (after the namespace segment) the method
 * name, and when several methods share a path the first of GET, POST, PUT, DELETE keeps the bare
 * name and the others append their method (`conversationDelete`, `profilePost`, `sendPut`).
 */
export function readMaximOperations(document: JsonObject): MaximOperation[] {
  const known = modelled.get(document);
  if (known) return known;
  const operations: MaximOperation[] = [];
  const methodsByPath = new Map<string, string[]>();
  for (const { path, method } of operationsOf(document)) {
    methodsByPath.set(path, [...(methodsByPath.get(path) ?? []), method.toUpperCase()]);
  }
  for (const { path, method: lower, operation } of operationsOf(document)) {
    const method = lower.toUpperCase() as MaximOperation["method"];
    const where = `${method} ${path}`;
    const operationId = String(operation.operationId);
    const tags = operation.tags;
    const namespace = Array.isArray(tags) && tags.length === 1 ? String(tags[0]) : "";
    const [, first, ...rest] = path.split("/");
    if (!/^[a-z]+$/.test(namespace) || reservedNamespaces.has(namespace)) {
      throw new Error(`${where}: tag ${JSON.stringify(namespace)} cannot be a client namespace`);
    }
    if (first !== namespace)
      throw new Error(`${where}: the path does not start with its namespace ${namespace}`);
    const siblings = (methodsByPath.get(path) ?? []).sort(
      (a, b) => methodPrecedence.indexOf(a) - methodPrecedence.indexOf(b),
    );
    const bare = methodNameFromPath(rest.join("/"));
    const name = siblings[0] === method ? bare : `${bare}${methodSuffix[method]}`;

    const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []).map((p) =>
      resolve(document, p as JsonObject),
    );
    const query = parameters
      .filter((p) => p.in === "query")
      .map((p) => ({
        name: String(p.name),
        required: p.required === true,
        schema: objectAt(p, "schema", where),
      }));
    const actAs = parameters
      .filter((p) => p.in === "header")
      .map((p) => String(p.name))
      .sort() as ("user_id" | "group_id")[];
    for (const header of actAs) {
      if (header !== "user_id" && header !== "group_id")
        throw new Error(`${where}: unknown header ${header}`);
    }

    let body: JsonObject | undefined;
    let bodyKind: "json" | "text" | undefined;
    if (isObject(operation.requestBody)) {
      const content = objectAt(resolve(document, operation.requestBody), "content", where);
      const [media, value] = Object.entries(content)[0] ?? [];
      if (media === "application/json") bodyKind = "json";
      else if (media === "text/plain") bodyKind = "text";
      else throw new Error(`${where}: request media type ${String(media)} is not handled`);
      body = objectAt(value as JsonObject, "schema", where);
    }
    const input: InputLocation =
      bodyKind === "json" && query.length > 0
        ? "json+query"
        : bodyKind !== undefined
          ? bodyKind
          : query.length > 0
            ? "query"
            : "none";
    if (bodyKind === "text" && query.length > 0)
      throw new Error(`${where}: a text body with query parameters`);

    const ok = objectAt(objectAt(operation, "responses", where), "200", where);
    const [answerMedia, answerContent] = Object.entries(objectAt(ok, "content", where))[0] ?? [];
    let answer: AnswerShape;
    let data: JsonObject | undefined;
    if (answerMedia === "application/octet-stream") {
      answer = "binary";
    } else if (answerMedia === "application/json" && isObject(answerContent)) {
      const envelope = resolve(document, objectAt(answerContent, "schema", where));
      const [base, extension] = Array.isArray(envelope.allOf) ? envelope.allOf : [];
      const baseName =
        isObject(base) && typeof base.$ref === "string" ? base.$ref.split("/").at(-1) : undefined;
      const shapes: Record<string, AnswerShape> = {
        Envelope: "envelope",
        PageEnvelope: "page",
        CursorEnvelope: "cursor",
      };
      const shape = baseName === undefined ? undefined : shapes[baseName];
      if (!shape || !isObject(extension)) throw new Error(`${where}: the answer is not one of the envelopes`);
      answer = shape;
      data = objectAt(objectAt(extension, "properties", where), "data", where);
    } else {
      throw new Error(`${where}: answer media type ${String(answerMedia)} is not handled`);
    }

    const key = operation["x-idempotency-key"];
    const idempotent = operation["x-idempotent"];
    const retry: RetrySafety =
      typeof key === "string" ? key : typeof idempotent === "boolean" ? idempotent : method !== "POST";

    const queryNames = new Set(query.map((q) => q.name));
    const dataFields = data ? Object.keys(resolveProperties(document, data)) : [];
    const paging: Paging | undefined =
      queryNames.has("cursor") && (answer === "page" || answer === "cursor")
        ? "cursor"
        : queryNames.has("msg_id_start") &&
            dataFields.includes("next_msg_id") &&
            dataFields.includes("is_last")
          ? "history"
          : undefined;

    operations.push({
      operationId,
      method,
      path,
      namespace,
      name,
      input,
      body,
      query,
      actAs,
      answer,
      data,
      retry,
      paging,
    });
  }
  const calls = new Map<string, string>();
  for (const operation of operations) {
    const call = `${operation.namespace}.${operation.name}`;
    const other = calls.get(call);
    if (other) throw new Error(`${operation.method} ${operation.path} and ${other} both become ${call}`);
    calls.set(call, `${operation.method} ${operation.path}`);
  }
  operations.sort((a, b) => callOf(a).localeCompare(callOf(b)));
  modelled.set(document, operations);
  return operations;
}

export const callOf = (operation: MaximOperation) => `${operation.namespace}.${operation.name}`;

function resolveProperties(document: JsonObject, schema: JsonObject): JsonObject {
  const resolved = resolve(document, schema);
  return isObject(resolved.properties) ? resolved.properties : {};
}
