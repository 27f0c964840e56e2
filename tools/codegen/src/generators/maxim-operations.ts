import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import type { Generator } from "../generator.js";
import {
  callOf,
  loadServerSpec,
  type MaximOperation,
  readMaximOperations,
} from "../maxim/operation-model.js";
import { stamp } from "../stamp.js";

export interface MaximOperationsTarget {
  readonly name: string;
  /** The imported spec, e.g. `openapi/maxim/server.yaml`. */
  readonly spec: string;
  /** The generated table, e.g. `packages/rest-client/src/gen/maxim-operations.ts`. */
  readonly outFile: string;
  /** Directory of one module of rows per namespace, e.g. `packages/rest-client/src/gen/operations`. */
  readonly namespaceDir: string;
  /** The client functions' names, e.g. `packages/rest-client/src/gen/maxim-method-names.ts`. */
  readonly namesFile: string;
  /** A README whose marked section receives the coverage table. */
  readonly readme: string;
}

export const coverageStart = "<!-- maxim-coverage:start -->";
export const coverageEnd = "<!-- maxim-coverage:end -->";

function retryText(retry: MaximOperation["retry"]): string {
  return typeof retry === "string" ? `with \`${retry}\`` : retry ? "yes" : "no";
}

function renderRow(operation: MaximOperation): string[] {
  const lines = [
    `  ${JSON.stringify(callOf(operation))}: {`,
    `    method: ${JSON.stringify(operation.method)},`,
    `    path: ${JSON.stringify(operation.path)},`,
    `    input: ${JSON.stringify(operation.input)},`,
    `    answer: ${JSON.stringify(operation.answer)},`,
    `    retry: ${JSON.stringify(operation.retry)},`,
    `    actAs: ${JSON.stringify(operation.actAs)},`,
  ];
  if (operation.paging) lines.push(`    paging: ${JSON.stringify(operation.paging)},`);
  lines.push("  },");
  return lines;
}

/** The constant holding one namespace's rows: `groupOperations`. */
export const namespaceRowsName = (namespace: string) => `${namespace}Operations`;

/** The operations grouped by namespace, namespaces in order, operations in table order. */
export function byNamespace(operations: readonly MaximOperation[]): Map<string, MaximOperation[]> {
  const groups = new Map<string, MaximOperation[]>();
  for (const operation of operations) {
    const group = groups.get(operation.namespace) ?? [];
    group.push(operation);
    groups.set(operation.namespace, group);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** One namespace's rows: loaded with its validators, on the first call of one of its operations. */
export function renderNamespaceRows(
  namespace: string,
  operations: readonly MaximOperation[],
  spec: string,
): string {
  return [
    stamp(spec),
    "/**",
    ` * The \`${namespace}\` operations, keyed by client function, as in \`maximOperationTable\`. A client`,
    " * loads them with the namespace's validators on the first call of one of them.",
    " */",
    `export const ${namespaceRowsName(namespace)} = {`,
    ...operations.flatMap(renderRow),
    "} as const;",
    "",
  ].join("\n");
}

/**
 * The whole table, made of the namespace modules in `namespaceImport` (a path relative to the
 * table's module), and the vendor's operationIds.
 */
export function renderOperationTable(
  operations: readonly MaximOperation[],
  spec: string,
  namespaceImport: string,
): string {
  const namespaces = [...byNamespace(operations).keys()];
  return [
    stamp(spec),
    ...namespaces.map(
      (namespace) => `import { ${namespaceRowsName(namespace)} } from "${namespaceImport}/${namespace}.js";`,
    ),
    "",
    "/**",
    " * Every operation of the MaxIM server API, keyed by the client function that performs it",
    " * (`namespace.method`: the tag, then the path after its first segment). `input` says where the",
    " * caller's input goes, `answer` which envelope comes back, `retry` whether a repeat is harmless",
    " * (true, false, or the body field that makes it so), `actAs` which of the user_id / group_id",
    " * headers the operation takes, and `paging` how a paged list continues.",
    " */",
    "export const maximOperationTable = {",
    ...namespaces.map((namespace) => `  ...${namespaceRowsName(namespace)},`),
    "} as const;",
    "",
    "/**",
    " * The vendor's operationId of each client function. Kept apart from the table so that a bundle",
    " * that only makes a client, and never lists the operations, leaves them out.",
    " */",
    "export const maximOperationIds = {",
    ...operations.map(
      (operation) => `  ${JSON.stringify(callOf(operation))}: ${JSON.stringify(operation.operationId)},`,
    ),
    "} as const;",
    "",
  ].join("\n");
}

/**
 * What a client needs before any call: the functions of each namespace with the operation each
 * performs (which names it in errors, also when its namespace's module cannot be loaded), and
 * which of them have `.pages`. Everything else about an operation is loaded with its namespace.
 */
export function renderMethodNames(operations: readonly MaximOperation[], spec: string): string {
  const namespaces = byNamespace(operations);
  const entry = (operation: MaximOperation) =>
    `${JSON.stringify(operation.name)}: ${JSON.stringify(`${operation.method} ${operation.path}`)}`;
  return [
    stamp(spec),
    "/**",
    " * The method names of each namespace's client functions (`client.group.create` is `create` under",
    " * `group`), each with the operation it performs: all `createRestClient` needs to build the client.",
    " */",
    "export const maximMethodOperations = {",
    ...[...namespaces].map(([namespace, group]) => `  ${namespace}: { ${group.map(entry).join(", ")} },`),
    "} as const;",
    "",
    "/** The client functions whose answers continue page after page, which have `.pages`. */",
    "export const maximPagedCalls = [",
    ...operations
      .filter((operation) => operation.paging !== undefined)
      .map((operation) => `  ${JSON.stringify(callOf(operation))},`),
    "];",
    "",
  ].join("\n");
}

export function renderCoverage(operations: readonly MaximOperation[], spec: string): string {
  const lines = [
    coverageStart,
    `<!-- Generated by chatwire-codegen from ${spec}; \`pnpm generate\` rewrites this section. -->`,
    "",
    `${operations.length}/${operations.length} operations of the vendor's API have a client function.`,
    "",
    "| client function | HTTP | input | answer | retried |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const operation of operations) {
    const paged = operation.paging ? ", paged" : "";
    lines.push(
      `| \`${callOf(operation)}\` | ${operation.method} \`${operation.path}\` | ${operation.input} | ${operation.answer}${paged} | ${retryText(operation.retry)} |`,
    );
  }
  lines.push(coverageEnd);
  return lines.join("\n");
}

/** Replaces the marked section of a hand-written README, keeping everything around it. */
export function spliceMaximCoverage(readme: string, section: string, path: string): string {
  const start = readme.indexOf(coverageStart);
  const end = readme.indexOf(coverageEnd);
  if (start < 0 || end < start)
    throw new Error(`${path} needs the ${coverageStart} … ${coverageEnd} markers`);
  return readme.slice(0, start) + section + readme.slice(end + coverageEnd.length);
}

export function maximOperationsGenerator(target: MaximOperationsTarget): Generator {
  return {
    name: target.name,
    ownedDirs: [],
    run({ root }) {
      const operations = readMaximOperations(loadServerSpec(root, target.spec));
      const namespaceImport = `./${posix.relative(posix.dirname(target.outFile), target.namespaceDir)}`;
      const files = new Map([
        [target.outFile, renderOperationTable(operations, target.spec, namespaceImport)],
        [target.namesFile, renderMethodNames(operations, target.spec)],
      ]);
      for (const [namespace, group] of byNamespace(operations)) {
        files.set(
          `${target.namespaceDir}/${namespace}.ts`,
          renderNamespaceRows(namespace, group, target.spec),
        );
      }
      const readmePath = join(root, target.readme);
      if (existsSync(readmePath)) {
        const readme = readFileSync(readmePath, "utf8");
        files.set(
          target.readme,
          spliceMaximCoverage(readme, renderCoverage(operations, target.spec), target.readme),
        );
      }
      return files;
    },
  };
}
