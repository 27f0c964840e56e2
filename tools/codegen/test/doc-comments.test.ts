// Every declaration the generators export carries a doc comment, so the API reference documents
// generated code like hand-written code: the spec's own comment when it has one, otherwise a line
// derived from the spec.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { maximAttachmentGenerator } from "../src/generators/maxim-attachment.js";
import { maximOperationsGenerator } from "../src/generators/maxim-operations.js";
import { maximValidatorsGenerator } from "../src/generators/maxim-validators.js";
import { openApiGenerator } from "../src/generators/openapi-types.js";
import { repoRoot } from "./copy-repo.js";
import { generateFixture } from "./protobuf-codecs/fixture.js";

/** Each exported top-level declaration of a module, with its doc comment (`undefined` when none). */
function exportedDocs(source: string): Map<string, string | undefined> {
  const file = ts.createSourceFile("module.ts", source, ts.ScriptTarget.Latest, true);
  const docs = new Map<string, string | undefined>();
  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement)) continue; // `export type { … } from`: documented where declared
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!exported) continue;
    const name = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((declaration) => declaration.name.getText()).join(",")
      : ((statement as ts.DeclarationStatement).name?.getText() ?? "?");
    // Not ts.SyntaxKind[kind]: some kinds share their number with a range marker (FirstStatement).
    const kind = ts.isVariableStatement(statement) ? "VariableStatement" : ts.SyntaxKind[statement.kind];
    const jsDoc = (statement as { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1);
    const text = jsDoc === undefined ? undefined : ts.getTextOfJSDocComment(jsDoc.comment);
    docs.set(`${kind} ${name}`, text);
  }
  return docs;
}

describe("protobuf codecs", () => {
  let files: Map<string, string>;
  const docs = (module: string) => exportedDocs(files.get(module) ?? "");

  it("document every exported declaration of both modules", async () => {
    files = await generateFixture();
    const undocumented = [...files].flatMap(([module, source]) =>
      [...exportedDocs(source)].filter(([, text]) => !text?.trim()).map(([name]) => `${module}: ${name}`),
    );
    expect(undocumented).toEqual([]);
    expect(docs("shapes.ts").size).toBeGreaterThan(30);
    expect(docs("shapes.binary.ts").size).toBeGreaterThan(20);
  }, 120_000);

  it("carry the proto comment of a message, else name it and its file", () => {
    const main = docs("shapes.ts");
    expect(main.get("InterfaceDeclaration Scalars")).toBe(
      "Declared out of field-number order: encoders write fields by number.",
    );
    expect(main.get("InterfaceDeclaration Empty")).toBe(
      "`fixture.shapes.Empty`, a message of `shapes.proto`.",
    );
    expect(main.get("EnumDeclaration Kind")).toBe("`fixture.shapes.Kind`, an enum of `shapes.proto`.");
    expect(main.get("VariableStatement Scalars")).toMatch(
      /^Codec of `fixture\.shapes\.Scalars`: binary `encode`/,
    );
    expect(main.get("VariableStatement protobufPackage")).toContain("`fixture.shapes`");
    expect(main.get("FunctionDeclaration kindFromJSON")).toContain("`fixture.shapes.Kind`");
    const binary = docs("shapes.binary.ts");
    expect(binary.get("FunctionDeclaration encodeScalars")).toMatch(/^Writes a `fixture\.shapes\.Scalars`/);
    expect(binary.get("FunctionDeclaration decodeScalars")).toMatch(/^Reads a `fixture\.shapes\.Scalars`/);
  });
});

describe("openapi types", () => {
  it("document the top-level declarations openapi-typescript prints", async () => {
    const spec = "openapi/yunhu/msg-json.yaml";
    const generator = openApiGenerator({ name: "yunhu json types", spec, typesFile: "types.ts" });
    const docs = exportedDocs((await generator.run({ root: repoRoot })).get("types.ts") ?? "");
    expect([...docs.keys()].sort()).toEqual([
      "InterfaceDeclaration components",
      "InterfaceDeclaration operations",
      "InterfaceDeclaration paths",
      "TypeAliasDeclaration $defs",
      "TypeAliasDeclaration webhooks",
    ]);
    for (const text of docs.values()) expect(text).toContain(`\`${spec}\``);
  });
});

describe("maxim validators", () => {
  it("document each component's validator constant", async () => {
    const spec = "openapi/maxim/message.yaml";
    const generator = maximAttachmentGenerator({
      name: "attachment",
      spec,
      component: "AttachmentInfo",
      outFile: "attachment.ts",
      primitives: "./primitives.js",
    });
    const docs = exportedDocs((await generator.run({ root: repoRoot })).get("attachment.ts") ?? "");
    expect(Object.fromEntries(docs)).toEqual({
      "VariableStatement AttachmentInfo": `Checks an answer against \`#/components/schemas/AttachmentInfo\` of \`${spec}\`; unknown keys are kept.`,
    });
  });

  it("document every export of the operation table, its namespace modules and the validators", async () => {
    const spec = "openapi/maxim/server.yaml";
    const generators = [
      maximOperationsGenerator({
        name: "operations",
        spec,
        outFile: "gen/maxim-operations.ts",
        namespaceDir: "gen/operations",
        namesFile: "gen/maxim-method-names.ts",
        readme: "no-readme.md",
      }),
      maximValidatorsGenerator({
        name: "validators",
        spec,
        outDir: "gen/validators",
        primitives: "../../validation/primitives.js",
        operations: "../operations",
      }),
    ];
    const modules = new Map<string, string>();
    for (const generator of generators) {
      for (const [path, source] of await generator.run({ root: repoRoot })) modules.set(path, source);
    }
    expect(modules.has("gen/operations/group.ts")).toBe(true);
    const exported = [...modules].flatMap(([module, source]) =>
      [...exportedDocs(source)].map(([name, text]) => ({ module, name, text })),
    );
    expect(exported.length).toBeGreaterThan(20);
    expect(
      exported.filter(({ text }) => !text?.trim()).map(({ module, name }) => `${module}: ${name}`),
    ).toEqual([]);
  });
});
