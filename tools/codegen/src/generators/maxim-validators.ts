import type { Generator } from "../generator.js";
import { isObject, type JsonObject } from "../maxim/json-node.js";
import {
  callOf,
  loadServerSpec,
  type MaximOperation,
  readMaximOperations,
} from "../maxim/operation-model.js";
import { stamp } from "../stamp.js";
import { namespaceRowsName } from "./maxim-operations.js";

export interface MaximValidatorsTarget {
  readonly name: string;
  readonly spec: string;
  /** Directory of the generated validators, e.g. `packages/rest-client/src/gen/validators`. */
  readonly outDir: string;
  /** Module with the hand-written building blocks (int64, int32, …), relative to `outDir`. */
  readonly primitives: string;
  /** Directory of the per-namespace operation rows, relative to `outDir`. */
  readonly operations: string;
}

/**
 * Inputs are checked strictly (an unknown key is a mistake the server would silently ignore);
 * answers loosely (a server may add fields), and unknown keys are kept.
 */
type Mode = "input" | "answer";

const componentPrefix = "#/components/schemas/";

/** A component schema's validator constant: `X` for answers, `XInput` for inputs. */
interface PrintedComponent {
  readonly name: string;
  readonly component: string;
  readonly mode: Mode;
  code: string;
  readonly deps: Set<string>;
}

/** The exported constant of a component's validator, with its doc comment. */
const componentConstant = ({ name, component, mode, code }: PrintedComponent, spec: string): string =>
  `/** Checks ${mode === "input" ? "an input" : "an answer"} against \`${componentPrefix}${component}\` of \`${spec}\`; unknown keys are ${mode === "input" ? "refused" : "kept"}. */\nexport const ${name} = ${code};`;

/** Prints valibot schema expressions for the JSON Schema subset the imported spec uses. */
class SchemaPrinter {
  /** Component name + mode → its printed expression, filled as components are reached. */
  readonly components = new Map<string, PrintedComponent>();

  constructor(private readonly schemas: JsonObject) {}

  print(schema: JsonObject, mode: Mode, deps: Set<string>, where: string): string {
    if (typeof schema.$ref === "string") {
      if (!schema.$ref.startsWith(componentPrefix))
        throw new Error(`${where}: $ref ${schema.$ref} is not a schema`);
      const component = schema.$ref.slice(componentPrefix.length);
      const name = this.reach(component, mode);
      deps.add(name);
      return name;
    }
    if (Array.isArray(schema.anyOf)) {
      const options = schema.anyOf.map((option, i) =>
        this.print(option as JsonObject, mode, deps, `${where}|${i}`),
      );
      return `v.union([${options.join(", ")}])`;
    }
    const checks: string[] = [];
    let base: string;
    switch (schema.type) {
      case "string":
        if (Array.isArray(schema.enum)) base = `v.picklist(${JSON.stringify(schema.enum)})`;
        else base = "v.string()";
        if (typeof schema.minLength === "number") checks.push(`v.minLength(${schema.minLength})`);
        if (typeof schema.pattern === "string")
          checks.push(`v.regex(new RegExp(${JSON.stringify(schema.pattern)}))`);
        break;
      case "integer":
        base = schema.format === "int64" ? "int64" : schema.format === "int32" ? "int32" : "safeInteger";
        break;
      case "number":
        base = "finiteNumber";
        break;
      case "boolean":
        base = "v.boolean()";
        break;
      case "array": {
        if (!isObject(schema.items)) throw new Error(`${where}: an array without items`);
        base = `v.array(${this.print(schema.items, mode, deps, `${where}[]`)})`;
        if (typeof schema.maxItems === "number") checks.push(`v.maxLength(${schema.maxItems})`);
        break;
      }
      case "object":
        base = this.printObject(schema, mode, deps, where);
        break;
      default:
        throw new Error(`${where}: type ${JSON.stringify(schema.type)} is not handled`);
    }
    if (typeof schema.minimum === "number") checks.push(`v.minValue(${schema.minimum})`);
    if (typeof schema.maximum === "number") checks.push(`v.maxValue(${schema.maximum})`);
    return checks.length === 0 ? base : `v.pipe(${base}, ${checks.join(", ")})`;
  }

  private printObject(schema: JsonObject, mode: Mode, deps: Set<string>, where: string): string {
    if (isObject(schema.additionalProperties)) {
      return `v.record(v.string(), ${this.print(schema.additionalProperties, mode, deps, `${where}{}`)})`;
    }
    if (!isObject(schema.properties)) return "freeObject";
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const entries = Object.entries(schema.properties).map(([field, value]) => {
      const printed = this.print(value as JsonObject, mode, deps, `${where}.${field}`);
      return `${JSON.stringify(field)}: ${required.has(field) ? printed : `v.optional(${printed})`}`;
    });
    const kind = mode === "input" ? "inputObject" : "answerObject";
    return `${kind}({ ${entries.join(", ")} })`;
  }

  /** Makes sure a component is printed for `mode`, returning the constant's name. */
  reach(component: string, mode: Mode): string {
    const name = mode === "input" ? `${component}Input` : component;
    if (this.components.has(name)) return name;
    const schema = this.schemas[component];
    if (!isObject(schema)) throw new Error(`no component ${component}`);
    const deps = new Set<string>();
    this.components.set(name, { name, component, mode, code: "", deps });
    const entry = this.components.get(name);
    if (entry) entry.code = this.print(schema, mode, deps, component);
    return name;
  }

  /** Every component reached, dependencies first; a cycle is refused (no schema here is recursive). */
  ordered(): PrintedComponent[] {
    const done = new Set<string>();
    const visiting = new Set<string>();
    const out: PrintedComponent[] = [];
    const visit = (name: string) => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`schema ${name} refers to itself`);
      visiting.add(name);
      const entry = this.components.get(name);
      if (!entry) throw new Error(`no component ${name}`);
      for (const dep of [...entry.deps].sort()) visit(dep);
      visiting.delete(name);
      done.add(name);
      out.push(entry);
    };
    for (const name of [...this.components.keys()].sort()) visit(name);
    return out;
  }
}

function querySchema(operation: MaximOperation, printer: SchemaPrinter, deps: Set<string>): string {
  const fields = operation.query.map(({ name, required, schema }) => {
    const printed = printer.print(schema, "input", deps, `${callOf(operation)}?${name}`);
    return `${JSON.stringify(name)}: ${required ? printed : `v.optional(${printed})`}`;
  });
  return `inputObject({ ${fields.join(", ")} })`;
}

/** The validators of one operation as an object literal: `input`, `query`, `answer` where they apply. */
function operationValidators(operation: MaximOperation, printer: SchemaPrinter, deps: Set<string>): string {
  const parts: string[] = [];
  const call = callOf(operation);
  if (operation.input === "query") parts.push(`input: ${querySchema(operation, printer, deps)}`);
  if (operation.body) parts.push(`input: ${printer.print(operation.body, "input", deps, `${call} body`)}`);
  if (operation.input === "json+query") parts.push(`query: ${querySchema(operation, printer, deps)}`);
  if (operation.data)
    parts.push(`answer: ${printer.print(operation.data, "answer", deps, `${call} answer`)}`);
  return `{ ${parts.join(", ")} }`;
}

export function renderValidators(
  operations: readonly MaximOperation[],
  schemas: JsonObject,
  spec: string,
  primitives: string,
  rows: string,
): Map<string, string> {
  const printer = new SchemaPrinter(schemas);
  const byNamespace = new Map<string, { call: string; code: string; deps: Set<string> }[]>();
  for (const operation of operations) {
    const deps = new Set<string>();
    const code = operationValidators(operation, printer, deps);
    const list = byNamespace.get(operation.namespace) ?? [];
    list.push({ call: callOf(operation), code, deps });
    byNamespace.set(operation.namespace, list);
  }
  const header = stamp(spec);
  const helpers = "answerObject, finiteNumber, freeObject, inputObject, int32, int64, safeInteger";
  const files = new Map<string, string>();
  const components = printer.ordered();
  files.set(
    "components.ts",
    [
      header,
      `import * as v from "valibot";`,
      `import { ${helpers} } from "${primitives}";`,
      "",
      "/* The spec's component schemas: `X` checks an answer (unknown keys kept), `XInput` an input (unknown keys refused). */",
      "",
      ...components.map((component) => componentConstant(component, spec)),
      "",
    ].join("\n"),
  );
  const namespaces = [...byNamespace.keys()].sort();
  for (const namespace of namespaces) {
    const entries = byNamespace.get(namespace) ?? [];
    const deps = [...new Set(entries.flatMap((entry) => [...entry.deps]))].sort();
    const body = entries.map((entry) => `  ${JSON.stringify(entry.call)}: ${entry.code},`);
    const used = (name: string) => entries.some((entry) => new RegExp(`\\b${name}\\b`).test(entry.code));
    const usedHelpers = helpers.split(", ").filter(used);
    files.set(
      `${namespace}.ts`,
      [
        header,
        ...(entries.some((entry) => /\bv\./.test(entry.code)) ? [`import * as v from "valibot";`] : []),
        ...(usedHelpers.length > 0 ? [`import { ${usedHelpers.join(", ")} } from "${primitives}";`] : []),
        ...(deps.length > 0 ? [`import { ${deps.join(", ")} } from "./components.js";`] : []),
        "",
        "// The checker travels with the schemas, so that the main chunk does not carry valibot.",
        `export { checkValue } from "${primitives.replace(/primitives\.js$/, "check-value.js")}";`,
        "// So do the operations' rows: a client is built from their names alone.",
        `export { ${namespaceRowsName(namespace)} as operations } from "${rows}/${namespace}.js";`,
        "",
        `/** Validators of the \`${namespace}\` operations, loaded on the first call of one of them. */`,
        "export const validators = {",
        ...body,
        "};",
        "",
      ].join("\n"),
    );
  }
  files.set(
    "index.ts",
    [
      header,
      "/**",
      " * One loader per namespace: a namespace's operation rows and validators (and the schemas they",
      " * share) are fetched the first time one of its operations is called, so an application that uses",
      " * a few namespaces does not carry the others.",
      " */",
      "export const namespaceLoaders = {",
      ...namespaces.map((namespace) => `  ${namespace}: () => import("./${namespace}.js"),`),
      "};",
      "",
    ].join("\n"),
  );
  return files;
}

/** A module with answer-mode validators for the named components of a spec, and their dependencies. */
export function renderComponentModule(
  schemas: JsonObject,
  names: readonly string[],
  spec: string,
  primitives: string,
) {
  const printer = new SchemaPrinter(schemas);
  for (const name of names) printer.reach(name, "answer");
  const components = printer.ordered();
  const code = components.map((component) => component.code).join("\n");
  const helpers = [
    "answerObject",
    "finiteNumber",
    "freeObject",
    "inputObject",
    "int32",
    "int64",
    "safeInteger",
  ].filter((helper) => new RegExp(`\\b${helper}\\b`).test(code));
  return [
    stamp(spec),
    ...(/\bv\./.test(code) ? [`import * as v from "valibot";`] : []),
    ...(helpers.length > 0 ? [`import { ${helpers.join(", ")} } from "${primitives}";`] : []),
    "",
    ...components.map((component) => componentConstant(component, spec)),
    "",
  ].join("\n");
}

export function maximValidatorsGenerator(target: MaximValidatorsTarget): Generator {
  return {
    name: target.name,
    ownedDirs: [target.outDir],
    run({ root }) {
      const document = loadServerSpec(root, target.spec);
      const operations = readMaximOperations(document);
      const schemas = (document.components as JsonObject).schemas as JsonObject;
      const files = renderValidators(operations, schemas, target.spec, target.primitives, target.operations);
      return new Map([...files].map(([file, content]) => [`${target.outDir}/${file}`, content]));
    },
  };
}
