import { type DescMessage, type DescMethod, getOption, hasOption } from "@bufbuild/protobuf";
import { MethodOptions_IdempotencyLevel } from "@bufbuild/protobuf/wkt";
import { loadDescriptors } from "../buf.js";
import type { Generator } from "../generator.js";
import { stamp } from "../stamp.js";
import { typeName } from "./protobuf-codecs/names.js";

export interface YunhuEndpointsTarget {
  readonly name: string;
  /** The buf module holding the services, e.g. `proto/yunhu`. */
  readonly specDir: string;
  /** Full name of the method option carrying each rpc's HTTP path. */
  readonly pathOption: string;
  /** The generated table, e.g. `packages/yunhu-client/src/gen/endpoints.ts`. */
  readonly outFile: string;
}

/** One rpc as it appears in the generated table. */
export interface EndpointRow {
  readonly methodName: string;
  readonly rpc: string;
  /** The proto file declaring the service, without `.proto` (e.g. `v1/msg`). */
  readonly serviceFile: string;
  readonly path: string;
  readonly idempotent: boolean;
  readonly request: DescMessage;
  readonly response: DescMessage;
}

/** `/v1/msg/list-message-by-mid-seq` → `listMessageByMidSeq`. */
export function methodNameFromPath(path: string): string {
  const segment = path.split("/").filter(Boolean).at(-1);
  if (!segment || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(segment)) {
    throw new Error(`cannot derive a method name from the path ${JSON.stringify(path)}`);
  }
  return segment.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Module alias for a proto file's generated module: `v1/msg` → `v1_msg`. */
function moduleAlias(fileName: string): string {
  return fileName.replace(/[^A-Za-z0-9]/g, "_");
}

function isRetrySafe(method: DescMethod): boolean {
  return (
    method.idempotency === MethodOptions_IdempotencyLevel.IDEMPOTENT ||
    method.idempotency === MethodOptions_IdempotencyLevel.NO_SIDE_EFFECTS
  );
}

export function collectEndpoints(root: string, specDir: string, pathOption: string): EndpointRow[] {
  const registry = loadDescriptors(root, specDir);
  const option = registry.getExtension(pathOption);
  if (!option) throw new Error(`${specDir}: option ${pathOption} is not declared`);
  const rows: EndpointRow[] = [];
  for (const file of registry.files) {
    if (file.name.startsWith("google/")) continue;
    for (const service of file.services) {
      for (const method of service.methods) {
        const rpc = `${service.typeName}.${method.name}`;
        if (method.methodKind !== "unary") throw new Error(`${rpc}: only unary rpcs map to HTTP POST`);
        if (!hasOption(method, option)) throw new Error(`${rpc}: missing option (${pathOption})`);
        const path = getOption(method, option);
        if (typeof path !== "string" || !path.startsWith("/")) {
          throw new Error(`${rpc}: ${pathOption} must be an absolute path, got ${JSON.stringify(path)}`);
        }
        rows.push({
          methodName: methodNameFromPath(path),
          rpc,
          serviceFile: file.name,
          path,
          idempotent: isRetrySafe(method),
          request: method.input,
          response: method.output,
        });
      }
    }
  }
  rows.sort((a, b) => a.path.localeCompare(b.path));
  const seen = new Map<string, string>();
  for (const row of rows) {
    const other = seen.get(row.methodName);
    if (other) throw new Error(`${row.rpc} and ${other} both map to the method ${row.methodName}`);
    seen.set(row.methodName, row.rpc);
  }
  return rows;
}

function codecRef(message: DescMessage): string {
  return `${moduleAlias(message.file.name)}.${typeName(message)}`;
}

export function renderEndpoints(rows: readonly EndpointRow[], specDir: string): string {
  const files = [...new Set(rows.flatMap((r) => [r.request.file.name, r.response.file.name]))].sort();
  const serviceFiles = [...new Set(rows.map((r) => `${specDir}/${r.serviceFile}.proto`))].sort();
  const lines: string[] = [stamp(serviceFiles.join(", "))];
  for (const file of files) lines.push(`import * as ${moduleAlias(file)} from "./${file}.js";`);
  lines.push(
    "",
    "/**",
    " * Every protobuf endpoint, keyed by the method name derived from its HTTP path. `idempotent`",
    " * mirrors the rpc's idempotency_level (IDEMPOTENT or NO_SIDE_EFFECTS): only those are re-sent",
    " * after a failure whose outcome is unknown.",
    " */",
    "export const protobufEndpoints = {",
  );
  for (const row of rows) {
    lines.push(
      `  ${row.methodName}: {`,
      `    rpc: ${JSON.stringify(row.rpc)},`,
      `    path: ${JSON.stringify(row.path)},`,
      `    idempotent: ${row.idempotent},`,
      `    request: ${codecRef(row.request)},`,
      `    response: ${codecRef(row.response)},`,
      "  },",
    );
  }
  lines.push("} as const;", "");
  return lines.join("\n");
}

export function yunhuEndpointsGenerator(target: YunhuEndpointsTarget): Generator {
  return {
    name: target.name,
    ownedDirs: [],
    run({ root }) {
      const rows = collectEndpoints(root, target.specDir, target.pathOption);
      return new Map([[target.outFile, renderEndpoints(rows, target.specDir)]]);
    },
  };
}
