import { ContentType } from "@chatwire/openim-types/common";
import { maximContentTable, openImContentTable, yunhuContentTable } from "../../src/index.js";

const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

function table(header: string[], rows: (string | number)[][]): string {
  return [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
}

const kindCell = (kind: string, event?: string) => (event ? `\`${kind}\` (\`${event}\`)` : `\`${kind}\``);

/** The README's mapping tables, rendered from the converters' own tables. */
export const markdownTables = {
  openim: table(
    ["ContentType", "number", "`IMMessage.content`", "`ChatContent` kind", "notes"],
    openImContentTable.map((entry) => [
      ContentType[entry.contentType]!,
      entry.contentType,
      `\`${entry.elem}\``,
      kindCell(entry.kind, entry.event),
      entry.note,
    ]),
  ),
  maxim: table(
    ["`ctype`", "`content_type`", "`ChatContent` kind", "fields"],
    maximContentTable.map((entry) => [
      `\`${entry.ctype}\``,
      entry.contentType,
      kindCell(entry.kind),
      entry.note,
    ]),
  ),
  yunhu: table(
    ["`content_type`", "`ChatContent` kind", "fields"],
    yunhuContentTable.map((entry) => [entry.contentType, kindCell(entry.kind), entry.note]),
  ),
};
