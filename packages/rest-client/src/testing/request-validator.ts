import type { ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { openApiDocument } from "../gen/maxim-message.openapi.js";

/** One incoming request, as the fake sees it before validation. */
export interface IncomingRequest {
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The JSON body (already parsed), or undefined when there was none. */
  body: unknown;
}

/** The checks of one operation of the OpenAPI document. */
export interface OperationValidator {
  operationId: string;
  /** Problems with the request, empty when it conforms; credential problems are listed apart. */
  validate(request: IncomingRequest): { credentials: string[]; other: string[] };
}

type Json = Record<string, unknown>;
const document = openApiDocument as unknown as Json;

function resolve(node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  let target: unknown = document;
  for (const segment of ref.slice(2).split("/")) {
    target = (target as Json)[segment.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return resolve(target as Json);
}

/** Schemas are compiled with the document's components at their root so `#/components/...` refs resolve. */
function withComponents(schema: Json): Json {
  return { ...schema, components: { schemas: (document.components as Json).schemas } };
}

const int64Bound = 2 ** 63;

function newAjv(coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, coerceTypes });
  addFormatsModule.default(ajv);
  // ajv-formats accepts any integer as int64; bound it (to float precision, values arrive as numbers).
  ajv.addFormat("int64", {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= int64Bound,
  });
  return ajv;
}

function describe(validate: ValidateFunction, where: string): string[] {
  return (validate.errors ?? []).map((error) => {
    const missing = (error.params as { missingProperty?: string }).missingProperty;
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    const field = `${where}${error.instancePath.replaceAll("/", ".")}`;
    if (missing) return `${field}.${missing} is required`;
    if (extra) return `${field}.${extra} is not allowed`;
    return `${field} ${error.message}`;
  });
}

function parameterSchema(parameters: Json[], location: string, extraRequired: string[] = []): Json {
  const properties: Json = {};
  const required = new Set(extraRequired);
  for (const parameter of parameters) {
    if (parameter.in !== location) continue;
    const name = String(parameter.name).toLowerCase();
    properties[name] = parameter.schema;
    if (parameter.required === true) required.add(name);
  }
  for (const name of extraRequired) properties[name] ??= { type: "string" };
  return { type: "object", properties, required: [...required] };
}

/** Header names the security requirements demand (every scheme of the first requirement). */
function securityHeaders(operation: Json): string[] {
  const requirements = (operation.security ?? document.security ?? []) as Json[];
  const schemes = (document.components as Json).securitySchemes as Record<string, Json>;
  return Object.keys(requirements[0] ?? {})
    .map((name) => schemes[name])
    .filter((scheme): scheme is Json => scheme?.type === "apiKey" && scheme.in === "header")
    .map((scheme) => String(scheme.name).toLowerCase());
}

function compileOperation(
  operationId: string,
  operation: Json,
  bodyAjv: Ajv2020,
  paramAjv: Ajv2020,
): OperationValidator {
  const parameters = ((operation.parameters ?? []) as Json[]).map(resolve);
  const credentialHeaders = securityHeaders(operation);
  const query = paramAjv.compile(withComponents(parameterSchema(parameters, "query")));
  const headers = paramAjv.compile(withComponents(parameterSchema(parameters, "header", credentialHeaders)));
  const requestBody = operation.requestBody ? resolve(operation.requestBody as Json) : undefined;
  const bodySchema = (requestBody?.content as Json | undefined)?.["application/json"] as Json | undefined;
  const body = bodySchema ? bodyAjv.compile(withComponents(bodySchema.schema as Json)) : undefined;

  return {
    operationId,
    validate(request) {
      const credentials: string[] = [];
      const other: string[] = [];
      // ajv coerces in place; validate copies so the caller's values stay as sent.
      if (!query({ ...request.query })) other.push(...describe(query, "query"));
      if (!headers({ ...request.headers })) {
        for (const problem of describe(headers, "header")) {
          const isCredential = credentialHeaders.some((name) => problem.startsWith(`header.${name} `));
          (isCredential ? credentials : other).push(problem);
        }
      }
      if (body) {
        if (request.body === undefined) {
          if (requestBody?.required === true) other.push("a JSON body is required");
        } else if (!body(request.body)) {
          other.push(...describe(body, "body"));
        }
      }
      return { credentials, other };
    },
  };
}

const methods = ["get", "put", "post", "delete", "patch"] as const;

/** Validators for every operation of the document, keyed by "METHOD /path". */
export function compileRequestValidators(): Map<string, OperationValidator> {
  const bodyAjv = newAjv(false);
  const paramAjv = newAjv(true);
  const validators = new Map<string, OperationValidator>();
  for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
    for (const method of methods) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      validators.set(
        `${method.toUpperCase()} ${path}`,
        compileOperation(String(operation.operationId), operation, bodyAjv, paramAjv),
      );
    }
  }
  return validators;
}
