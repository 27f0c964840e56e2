// Fails when a symbol exported by a published package has no doc comment. Reads the JSON model
// TypeDoc writes beside the HTML (`pnpm run docs`) and checks every top-level declaration of each
// entry point and namespace: classes, interfaces, type aliases, functions, variables and enums.
// Generated declarations (src/gen/**) are checked too: the code generators write their comments.
// Skipped, and why:
// - declarations another chatwire package re-exports from its build output: they are checked in
//   the package that owns them.
//   node scripts/check-api-docs.mjs [api-docs/api.json]
import { readFileSync } from "node:fs";

const kinds = new Map([
  [8, "enum"],
  [32, "variable"],
  [64, "function"],
  [128, "class"],
  [256, "interface"],
  [2097152, "type alias"],
]);
const containers = new Set([1, 2, 4]); // project, module, namespace

const file = process.argv[2] ?? "api-docs/api.json";
const project = JSON.parse(readFileSync(file, "utf8"));

const hasText = (comment) =>
  comment !== undefined &&
  [...(comment.summary ?? []), ...(comment.blockTags ?? []).flatMap((tag) => tag.content)].some(
    (part) => part.text.trim() !== "",
  );
const documented = (reflection) =>
  hasText(reflection.comment) ||
  (reflection.signatures ?? []).some((signature) => hasText(signature.comment)) ||
  (reflection.type?.declaration?.signatures ?? []).some((signature) => hasText(signature.comment));

const missing = [];
let checked = 0;
let generated = 0;
const visit = (reflection, path) => {
  for (const child of reflection.children ?? []) {
    const name = [...path, child.name].filter(Boolean).join(".");
    if (containers.has(child.kind)) {
      visit(child, [...path, child.name]);
      continue;
    }
    const kind = kinds.get(child.kind);
    if (kind === undefined) continue;
    const source = child.sources?.[0]?.fileName ?? "";
    if (/(^|\/)gen\//.test(source)) generated++;
    if (/(^|\/)dist\//.test(source)) continue;
    checked++;
    if (!documented(child)) missing.push(`${name} (${kind}) in ${source}`);
  }
};
visit(project, []);

console.log(`${checked} exported declarations checked, ${generated} of them generated`);
if (missing.length > 0) {
  console.error(`${missing.length} exported declarations lack a doc comment:`);
  for (const line of missing) console.error(`  ${line}`);
  process.exitCode = 1;
}
