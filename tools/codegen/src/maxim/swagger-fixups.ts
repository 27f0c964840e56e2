import { componentName } from "./component-names.js";
import {
  isObject,
  type JsonObject,
  type JsonValue,
  objectAt,
  operationsOf,
  visitObjects,
} from "./json-node.js";
import { MaximImportError } from "./maxim-import-error.js";

/** One repair of a known defect of the vendor's Swagger 2.0 document. */
export interface SwaggerFixup {
  /** Short, stable name: tests and the import report refer to it. */
  readonly name: string;
  /** The defect, in one sentence. */
  readonly defect: string;
  /**
   * Which form of the document the repair works on: the vendor's Swagger 2.0, or the OpenAPI 3.1
   * the converter made of it (for repairs that need 3.1 keywords such as `anyOf`).
   */
  readonly stage: "swagger" | "openapi";
  /** Repairs the document in place and returns how many places it changed. */
  apply(document: JsonObject): number;
}

const definitionRef = "#/definitions/";

/** Each dangling `$ref` of the vendor document and the definition it means. */
export const danglingRefTargets: Readonly<Record<string, string>> = {
  "Response«List« group member format»»": "Response«List«Group member format»»",
  "PagingResponse«List«Group member format»»": "PagingResponse«List« Group member format»»",
  "Response«Returned result of get group announcement»":
    "Response«Returned content of getting group announcement »",
  "Response«List«Returned result of get group announcement »»":
    "Response«List«Returned content of getting group announcement»»",
  "Returned content of getting group announcement": "Returned result of getting group announcement",
};

/** Header parameters that carry credentials; they become security schemes. */
export const credentialHeaders = {
  app_id: { scheme: "appId", required: true },
  "access-token": { scheme: "accessToken", required: false },
} as const;

/** Header parameters that choose whom a call acts for; they become shared parameters. */
export const actAsHeaders = { user_id: "UserIdHeader", group_id: "GroupIdHeader" } as const;

/** The values the vendor's descriptions give for `SessionMessage` fields (and the seed documents confirm). */
export const proseEnums = {
  ctype: ["TEXT", "IMAGE", "AUDIO", "VIDEO", "FILE", "LOCATION", "COMMAND", "FORWARD"],
  status: ["UNREAD", "DELIVERED", "READ"],
} as const;

/** Response codes springfox lists on every operation with nothing but a reason phrase. */
const placeholderResponseCodes = new Set(["201", "204", "401", "403", "404"]);

function definitions(swagger: JsonObject): JsonObject {
  return objectAt(swagger, "definitions", "swagger");
}

function parametersOf(operation: JsonObject): JsonObject[] {
  const parameters = operation.parameters ?? [];
  if (!Array.isArray(parameters) || !parameters.every(isObject)) {
    throw new MaximImportError("parameters", "an operation's parameters must be a list of objects");
  }
  return parameters;
}

/** Rewrites every `$ref` to a definition through `rename`; returns how many changed. */
function rewriteRefs(swagger: JsonObject, rename: (name: string) => string | undefined): number {
  let changed = 0;
  visitObjects(swagger, (node) => {
    const ref = node.$ref;
    if (typeof ref !== "string" || !ref.startsWith(definitionRef)) return;
    const target = rename(ref.slice(definitionRef.length));
    if (target === undefined) return;
    node.$ref = definitionRef + target;
    changed++;
  });
  return changed;
}

/** Equal after dropping the prose the import drops anyway. */
function sameShape(a: JsonValue, b: JsonValue): boolean {
  const strip = (value: JsonValue): JsonValue => {
    if (Array.isArray(value)) return value.map(strip);
    if (!isObject(value)) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "description" && key !== "title")
        .map(([key, item]) => [key, strip(item)]),
    );
  };
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

export const swaggerFixups: readonly SwaggerFixup[] = [
  {
    name: "dangling-refs",
    stage: "swagger",
    defect:
      "five $refs misspell the definition they mean (a leading space, capitalisation, other words); each points at the one unused definition it pairs with",
    apply(swagger) {
      const known = definitions(swagger);
      for (const [bad, good] of Object.entries(danglingRefTargets)) {
        if (!(good in known)) {
          throw new MaximImportError("dangling-ref", `the fix for ${bad} expects the definition ${good}`);
        }
      }
      return rewriteRefs(swagger, (name) => (name in known ? undefined : danglingRefTargets[name]));
    },
  },
  {
    name: "pipe-joined-enums",
    stage: "swagger",
    defect: 'every enum is one string of the allowed values joined with "|" (["intent|open_app"])',
    apply(swagger) {
      let changed = 0;
      visitObjects(definitions(swagger), (node) => {
        const values = node.enum;
        if (!Array.isArray(values) || values.length !== 1) return;
        const [joined] = values;
        if (typeof joined !== "string" || !joined.includes("|")) return;
        node.enum = joined.split("|");
        // The same text as an unanchored pattern would accept any string containing one value.
        if (node.pattern === joined) delete node.pattern;
        changed++;
      });
      return changed;
    },
  },
  {
    name: "definition-names",
    stage: "swagger",
    defect:
      "definition names are Java generics with guillemets or titles with spaces, not valid component names",
    apply(swagger) {
      const known = definitions(swagger);
      const renamed: JsonObject = {};
      const from = new Map<string, string>();
      let changed = 0;
      for (const [vendorName, schema] of Object.entries(known)) {
        const name = componentName(vendorName);
        if (name !== vendorName) changed++;
        const earlier = renamed[name];
        if (earlier !== undefined && !sameShape(earlier, schema)) {
          throw new MaximImportError(
            "definition-name",
            `${vendorName} and ${from.get(name)} both become ${name} but differ`,
          );
        }
        renamed[name] = schema;
        from.set(name, vendorName);
      }
      swagger.definitions = renamed;
      rewriteRefs(swagger, (name) => (name in renamed ? undefined : componentName(name)));
      return changed;
    },
  },
  {
    name: "raw-downloads",
    stage: "swagger",
    defect:
      "the two file downloads declare an untyped object answered as */*, where every other operation declares a JSON envelope",
    apply(swagger) {
      let changed = 0;
      for (const { operation } of operationsOf(swagger)) {
        const ok = isObject(operation.responses) ? operation.responses["200"] : undefined;
        if (!isObject(ok) || !isObject(ok.schema)) continue;
        if (Object.keys(ok.schema).join() !== "type" || ok.schema.type !== "object") continue;
        ok.schema = { type: "file" };
        operation.produces = ["application/octet-stream"];
        changed++;
      }
      return changed;
    },
  },
  {
    name: "wildcard-media-type",
    stage: "swagger",
    defect: "every operation answers */*; the answers are JSON envelopes",
    apply(swagger) {
      let changed = 0;
      for (const { operation } of operationsOf(swagger)) {
        const produces = operation.produces;
        if (Array.isArray(produces) && produces.length === 1 && produces[0] === "*/*") {
          operation.produces = ["application/json"];
          changed++;
        }
      }
      return changed;
    },
  },
  {
    name: "text-bodies",
    stage: "swagger",
    defect:
      "four operations declare a JSON body whose schema is a bare string; the server reads the raw text, not a JSON string literal",
    apply(swagger) {
      let changed = 0;
      for (const { operation } of operationsOf(swagger)) {
        const body = parametersOf(operation).find((parameter) => parameter.in === "body");
        if (!body || !isObject(body.schema) || body.schema.type !== "string") continue;
        operation.consumes = ["text/plain"];
        changed++;
      }
      return changed;
    },
  },
  {
    name: "credential-headers",
    stage: "swagger",
    defect: "no security definitions: app_id and access-token are header parameters on every operation",
    apply(swagger) {
      let changed = 0;
      for (const { path, method, operation } of operationsOf(swagger)) {
        const kept: JsonObject[] = [];
        const seen = new Set<string>();
        for (const parameter of parametersOf(operation)) {
          const name = String(parameter.name);
          const credential = credentialHeaders[name as keyof typeof credentialHeaders];
          if (parameter.in !== "header" || credential === undefined) {
            kept.push(parameter);
            continue;
          }
          if (parameter.type !== "string" || parameter.required !== credential.required) {
            throw new MaximImportError(
              "credential-header",
              `${method.toUpperCase()} ${path}: ${name} changed shape`,
            );
          }
          seen.add(name);
        }
        if (seen.size !== Object.keys(credentialHeaders).length) {
          throw new MaximImportError(
            "credential-header",
            `${method.toUpperCase()} ${path} lacks ${Object.keys(credentialHeaders).join(" or ")}`,
          );
        }
        operation.parameters = kept;
        changed += seen.size;
      }
      swagger.securityDefinitions = Object.fromEntries(
        Object.entries(credentialHeaders).map(([name, { scheme }]) => [
          scheme,
          { type: "apiKey", in: "header", name },
        ]),
      );
      // Every call names the app; a token is needed by all but the calls that issue one.
      swagger.security = [{ appId: [], accessToken: [] }, { appId: [] }];
      return changed;
    },
  },
  {
    name: "act-as-headers",
    stage: "swagger",
    defect:
      "user_id and group_id are repeated as header parameters on every operation instead of shared ones",
    apply(swagger) {
      let changed = 0;
      const shared: JsonObject = {};
      for (const { path, method, operation } of operationsOf(swagger)) {
        operation.parameters = parametersOf(operation).map((parameter) => {
          const name = String(parameter.name);
          const component = actAsHeaders[name as keyof typeof actAsHeaders];
          if (parameter.in !== "header" || component === undefined) return parameter;
          if (parameter.type !== "integer" || parameter.format !== "int64" || parameter.required !== false) {
            throw new MaximImportError(
              "act-as-header",
              `${method.toUpperCase()} ${path}: ${name} changed shape`,
            );
          }
          shared[component] = { name, in: "header", required: false, type: "integer", format: "int64" };
          changed++;
          return { $ref: `#/parameters/${component}` };
        });
      }
      swagger.parameters = shared;
      return changed;
    },
  },
  {
    name: "placeholder-responses",
    stage: "swagger",
    defect: "every operation lists 201/204/401/403/404 answers that carry nothing but a reason phrase",
    apply(swagger) {
      let changed = 0;
      for (const { operation } of operationsOf(swagger)) {
        const responses = isObject(operation.responses) ? operation.responses : {};
        for (const [code, response] of Object.entries(responses)) {
          if (!placeholderResponseCodes.has(code)) continue;
          if (!isObject(response) || Object.keys(response).join() !== "description") continue;
          delete responses[code];
          changed++;
        }
      }
      return changed;
    },
  },
  {
    name: "push-audience",
    stage: "openapi",
    defect:
      'PushNotifyRequest.audience is declared an object, yet it is either the string "all" or an object of up to 500 tags, aliases, user IDs or push tokens',
    apply(openapi) {
      const schemas = objectAt(objectAt(openapi, "components", "openapi"), "schemas", "components");
      const request = schemas.PushNotifyRequest;
      const properties = isObject(request) && isObject(request.properties) ? request.properties : undefined;
      const audience = properties?.audience;
      if (!properties || !isObject(audience) || audience.type !== "object" || "properties" in audience)
        return 0;
      const list = (items: JsonObject): JsonObject => ({ type: "array", maxItems: 500, items });
      properties.audience = {
        anyOf: [
          { type: "string", enum: ["all"] },
          {
            type: "object",
            properties: {
              tag: list({ type: "string" }),
              alias: list({ type: "string" }),
              user_id: list({ type: "integer", format: "int64" }),
              push_token: list({ type: "string" }),
            },
          },
        ],
      };
      return 1;
    },
  },
  {
    name: "enums-in-prose",
    stage: "openapi",
    defect:
      "a stored message's ctype and status are plain strings whose allowed values only the descriptions list",
    apply(openapi) {
      const schemas = objectAt(objectAt(openapi, "components", "openapi"), "schemas", "components");
      const message = schemas.SessionMessage;
      const properties = isObject(message) && isObject(message.properties) ? message.properties : undefined;
      let changed = 0;
      for (const [field, values] of Object.entries(proseEnums)) {
        const property = properties?.[field];
        if (!isObject(property) || property.type !== "string" || "enum" in property) continue;
        property.enum = [...values];
        changed++;
      }
      return changed;
    },
  },
];
