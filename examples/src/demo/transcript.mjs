// Plain console output: headings, indented lines and a fixed-width table.

export const heading = (title) => console.log(`\n== ${title} ${"=".repeat(Math.max(0, 70 - title.length))}`);

export const line = (text = "") => console.log(`  ${text}`);

/** Prints rows under a header, each column padded to its widest cell. */
export function table(header, rows) {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => String(row[column]).length)),
  );
  const format = (row) =>
    row
      .map((cell, column) => String(cell).padEnd(widths[column]))
      .join("  ")
      .trimEnd();
  console.log(`  ${format(header)}`);
  console.log(`  ${widths.map((width) => "-".repeat(width)).join("  ")}`);
  for (const row of rows) console.log(`  ${format(row)}`);
}

export function describeContent(content) {
  switch (content.kind) {
    case "text":
      return JSON.stringify(shorten(content.text));
    case "markdown":
      return `markdown ${JSON.stringify(shorten(content.markdown))}`;
    case "html":
      return `html ${JSON.stringify(shorten(content.html))}`;
    case "notification":
      return `notification ${content.event}: ${shorten(content.text)}`;
    default:
      return content.kind;
  }
}

function shorten(text) {
  const flat = text.replaceAll("\n", " ⏎ ");
  return flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
}
