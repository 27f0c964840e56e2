/** A Headers object as a plain record of lower-case names (the DOM lib here has no Headers iterator). */
export function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}
