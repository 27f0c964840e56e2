import { MaximImportError } from "./maxim-import-error.js";

/** A parsed JSON/YAML value, as the importer handles it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object at `key`, or a typed failure naming where it was expected. */
export function objectAt(parent: JsonObject, key: string, where: string): JsonObject {
  const value = parent[key];
  if (!isObject(value)) throw new Error(`${where}.${key} must be an object`);
  return value;
}

/**
 * Visits every object of a document, depth first, with a JSON-pointer-like location. The visitor
 * may change the object it is given (not its parent).
 */
export function visitObjects(
  value: JsonValue,
  visit: (node: JsonObject, location: string) => void,
  location = "#",
): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) visitObjects(item, visit, `${location}/${index}`);
    return;
  }
  if (!isObject(value)) return;
  visit(value, location);
  for (const [key, child] of Object.entries(value)) {
    visitObjects(child, visit, `${location}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
  }
}

/** HTTP methods the importer knows, in the order operations are written out. */
export const httpMethods = ["get", "put", "post", "delete"] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** Every operation of a Swagger or OpenAPI document with its method and path. */
export function* operationsOf(
  document: JsonObject,
): Generator<{ path: string; method: HttpMethod; operation: JsonObject }> {
  const paths = objectAt(document, "paths", "document");
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) throw new Error(`paths.${path} must be an object`);
    for (const [method, operation] of Object.entries(item)) {
      if (!(httpMethods as readonly string[]).includes(method) || !isObject(operation)) {
        throw new MaximImportError("unknown-method", `${path}: method ${method} is not handled`);
      }
      yield { path, method: method as HttpMethod, operation };
    }
  }
}
