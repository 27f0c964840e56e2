/** Joins a field name or `[index]` with the rest of a path: `data` + `text` → `data.text`, `msgId` + `[1]`. */
export function joinPath(head: string, rest: string): string {
  if (rest === "") return head;
  return rest.startsWith("[") ? `${head}${rest}` : `${head}.${rest}`;
}
