import { isObject, type JsonObject, operationsOf, visitObjects } from "./json-node.js";

/**
 * Checks a repaired Swagger 2.0 document for anything the rest of the import does not expect.
 * Each entry names the place and the problem; an empty list means the document is understood.
 * A new vendor defect shows up here instead of slipping into the generated client.
 */
export function findSwaggerDefects(swagger: JsonObject): string[] {
  const defects: string[] = [];
  const definitions = isObject(swagger.definitions) ? swagger.definitions : {};
  const shared = isObject(swagger.parameters) ? swagger.parameters : {};

  visitObjects(swagger, (node, location) => {
    const ref = node.$ref;
    if (typeof ref === "string") {
      const [, section, name, extra] = ref.split("/");
      const target = section === "definitions" ? definitions : section === "parameters" ? shared : undefined;
      if (
        !ref.startsWith("#/") ||
        extra !== undefined ||
        !target ||
        name === undefined ||
        !(name in target)
      ) {
        defects.push(`${location}: $ref ${ref} names nothing`);
      }
    }
    if (
      Array.isArray(node.enum) &&
      node.enum.some((value) => typeof value === "string" && value.includes("|"))
    ) {
      defects.push(`${location}: enum value joins several with "|"`);
    }
  });
  for (const name of Object.keys(definitions)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name))
      defects.push(`definition ${JSON.stringify(name)} is not a valid name`);
  }

  const operationIds = new Set<string>();
  for (const { path, method, operation } of operationsOf(swagger)) {
    const where = `${method.toUpperCase()} ${path}`;
    const id = operation.operationId;
    if (typeof id !== "string" || !/^[a-z][A-Za-z0-9]*Using(GET|POST|PUT|DELETE)(_\d+)?$/.test(id)) {
      defects.push(`${where}: operationId ${JSON.stringify(id)} does not follow <name>Using<METHOD>`);
    } else if (operationIds.has(id)) {
      defects.push(`${where}: operationId ${id} is used twice`);
    } else {
      operationIds.add(id);
    }
    if (!Array.isArray(operation.tags) || operation.tags.length !== 1)
      defects.push(`${where}: needs exactly one tag`);
    for (const produced of asList(operation.produces)) {
      if (produced !== "application/json" && produced !== "application/octet-stream") {
        defects.push(`${where}: answers ${String(produced)}`);
      }
    }
    for (const consumed of asList(operation.consumes)) {
      if (consumed !== "application/json" && consumed !== "text/plain")
        defects.push(`${where}: takes ${String(consumed)}`);
    }
    for (const parameter of asList(operation.parameters)) {
      if (!isObject(parameter)) continue;
      if (typeof parameter.$ref === "string") continue;
      if (parameter.in === "body") {
        if (!isObject(parameter.schema)) defects.push(`${where}: body without a schema`);
        continue;
      }
      if (parameter.in !== "query") {
        defects.push(
          `${where}: parameter ${String(parameter.name)} in ${String(parameter.in)} is not handled`,
        );
        continue;
      }
      const type = `${String(parameter.type)}/${String(parameter.format ?? "")}`;
      if (!["string/", "boolean/", "integer/int32", "integer/int64", "number/double"].includes(type)) {
        defects.push(`${where}: query parameter ${String(parameter.name)} has type ${type}`);
      }
    }
    const responses = isObject(operation.responses) ? operation.responses : {};
    if (Object.keys(responses).join() !== "200") {
      defects.push(`${where}: answers other than 200 remain (${Object.keys(responses).join(", ")})`);
    }
    const ok = responses["200"];
    const schema = isObject(ok) ? ok.schema : undefined;
    if (!isObject(schema) || !(typeof schema.$ref === "string" || schema.type === "file")) {
      defects.push(`${where}: the 200 answer is neither an envelope nor a file`);
    } else if (typeof schema.$ref === "string" && !/Envelope$/.test(schema.$ref)) {
      defects.push(`${where}: the 200 answer ${schema.$ref} is not an envelope`);
    }
  }
  return defects;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
