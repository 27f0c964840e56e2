import type { ContentKind } from "../model/chat-content.js";
import type { MaximContentType, MaximCType } from "./maxim-shapes.js";

/** One row of the MaxIM content table: a MaxIM content type and the content kind it maps to. */
export interface MaximContentRow {
  ctype: MaximCType;
  contentType: MaximContentType;
  kind: ContentKind;
  note: string;
}

/**
 * Every MaxIM content type (the stored `ctype` name and the `content_type` number of a send) and
 * the `ChatMessage` content kind it becomes. Both MaxIM converters read this one table.
 */
export const maximContentTable: readonly MaximContentRow[] = [
  { ctype: "TEXT", contentType: 0, kind: "text", note: "`content`" },
  {
    ctype: "IMAGE",
    contentType: 1,
    kind: "image",
    note: "attachment `url`, `dName`, `fLen`, `width`, `height`",
  },
  { ctype: "AUDIO", contentType: 2, kind: "audio", note: "attachment `url`, `dName`, `fLen`, `duration`" },
  {
    ctype: "VIDEO",
    contentType: 3,
    kind: "video",
    note: "attachment `url`, `dName`, `fLen`, `duration`, `width`, `height`",
  },
  { ctype: "FILE", contentType: 4, kind: "file", note: "attachment `url`, `dName`, `fLen`" },
  {
    ctype: "LOCATION",
    contentType: 5,
    kind: "location",
    note: "attachment `latitude`, `longitude`, `address`; `content` is the description",
  },
  { ctype: "COMMAND", contentType: 6, kind: "custom", note: "`content` is the payload" },
  { ctype: "FORWARD", contentType: 7, kind: "forward", note: "`content` lines are the summaries" },
];

const rowsByCType = new Map(maximContentTable.map((row) => [row.ctype, row]));
const rowsByKind = new Map(maximContentTable.map((row) => [row.kind, row]));

export function maximRowForCType(ctype: string | undefined): MaximContentRow | undefined {
  return ctype === undefined ? undefined : rowsByCType.get(ctype as MaximCType);
}

export function maximRowForKind(kind: ContentKind): MaximContentRow | undefined {
  return rowsByKind.get(kind);
}
