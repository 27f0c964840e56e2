import { readFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";
import type { Generator } from "../generator.js";
import { stamp } from "../stamp.js";

export interface OpenApiTarget {
  readonly name: string;
  /** The spec, repo-relative, e.g. `openapi/maxim/message.yaml`. */
  readonly spec: string;
  /** The generated types module, e.g. `packages/rest-client/src/gen/maxim-message.ts`. */
  readonly typesFile: string;
  /**
   * Optionally also emit the document itself as a typed constant, for code that validates
   * against it at run time without reading the spec file.
   */
  readonly documentFile?: string;
  /**
   * Type `format: int64` as `number | bigint`: the client hands out numbers up to 2^53 - 1 and
   * bigints beyond, and accepts either.
   */
  readonly int64AsNumberOrBigint?: boolean;
}

const numberOrBigint = () =>
  ts.factory.createUnionTypeNode([
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword),
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.BigIntKeyword),
  ]);

/** What each top-level declaration of openapi-typescript's output holds, for its doc comment. */
const topLevelDocs: Readonly<Record<string, (spec: string) => string>> = {
  paths: (spec) => `The paths of \`${spec}\`, each with its operations by HTTP method.`,
  webhooks: (spec) => `The webhooks of \`${spec}\` (it declares none).`,
  components: (spec) =>
    `The components of \`${spec}\`: schemas, responses, parameters, request bodies, headers.`,
  $defs: (spec) => `The \`$defs\` of \`${spec}\` (it declares none).`,
  operations: (spec) =>
    `The operations of \`${spec}\` by operationId: parameters, request body and responses.`,
};

/**
 * Attaches a doc comment to each exported top-level declaration of openapi-typescript's output,
 * as a synthetic comment of the syntax tree, so the printer writes it. The members inside already
 * carry the spec's `summary` and `description`.
 */
function documentTopLevel(nodes: readonly ts.Node[], spec: string): void {
  for (const node of nodes) {
    if (!ts.isInterfaceDeclaration(node) && !ts.isTypeAliasDeclaration(node)) continue;
    const doc = topLevelDocs[node.name.text];
    if (doc === undefined)
      throw new Error(
        `${spec}: openapi-typescript printed \`${node.name.text}\`, which has no doc comment here`,
      );
    ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `* ${doc(spec)} `, true);
  }
}

export function openApiGenerator(target: OpenApiTarget): Generator {
  return {
    name: target.name,
    ownedDirs: [],
    async run({ root }) {
      const source = readFileSync(join(root, target.spec), "utf8");
      const document = parse(source) as Record<string, unknown>;
      const ast = await openapiTS(document as never, {
        alphabetize: false,
        exportType: false,
        ...(target.int64AsNumberOrBigint
          ? {
              transform: (schema: { format?: unknown }) =>
                schema.format === "int64" ? numberOrBigint() : undefined,
            }
          : {}),
      });
      documentTopLevel(ast, target.spec);
      const files = new Map<string, string>();
      files.set(target.typesFile, `${stamp(target.spec)}\n${astToString(ast)}`);
      if (target.documentFile) {
        const body = JSON.stringify(document, null, 2);
        files.set(
          target.documentFile,
          `${stamp(target.spec)}\n/** The OpenAPI document, as data. */\nexport const openApiDocument = ${body} as const;\n`,
        );
      }
      return files;
    },
  };
}
