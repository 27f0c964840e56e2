import { upgrade } from "@scalar/openapi-upgrader";
import { stringify } from "yaml";
import { findSwaggerDefects } from "./find-swagger-defects.js";
import { isObject, type JsonObject } from "./json-node.js";
import { MaximImportError } from "./maxim-import-error.js";
import { shapeOpenApi } from "./shape-openapi.js";
import { type SwaggerFixup, swaggerFixups } from "./swagger-fixups.js";

/** Where the import writes its result, repo-relative. */
export const maximServerSpec = "openapi/maxim/server.yaml";

export interface MaximImport {
  /** The OpenAPI 3.1 document as committed (YAML). */
  readonly yaml: string;
  readonly document: JsonObject;
  /** How many places each fix changed, by fix name. */
  readonly fixes: ReadonlyMap<string, number>;
}

function runFixups(document: JsonObject, stage: SwaggerFixup["stage"], fixes: Map<string, number>): void {
  for (const fixup of swaggerFixups) {
    if (fixup.stage === stage) fixes.set(fixup.name, fixup.apply(document));
  }
}

/**
 * Swagger 2.0 text → the committed OpenAPI 3.1 YAML. The vendor's known defects are repaired by
 * the declared fixes; anything else the import does not understand stops it with a
 * `MaximImportError` listing every problem.
 */
export function importMaxim(swaggerText: string): MaximImport {
  let swagger: unknown;
  try {
    swagger = JSON.parse(swaggerText);
  } catch {
    throw new MaximImportError("syntax", "the Swagger document is not valid JSON");
  }
  if (!isObject(swagger) || swagger.swagger !== "2.0") {
    throw new MaximImportError("version", "expected a Swagger 2.0 document");
  }
  const fixes = new Map<string, number>();
  runFixups(swagger, "swagger", fixes);
  const defects = findSwaggerDefects(swagger);
  if (defects.length > 0) {
    throw new MaximImportError("unknown-defect", `no fix handles:\n  ${defects.join("\n  ")}`);
  }
  const converted = upgrade(swagger, "3.1") as unknown as JsonObject;
  runFixups(converted, "openapi", fixes);
  const document = shapeOpenApi(converted);
  const yaml = stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
  return { yaml, document, fixes };
}
