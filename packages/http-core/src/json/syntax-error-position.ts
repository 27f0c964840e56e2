const space = /[ \t\n\r]*/y;
/**
 * What may follow the opening quote of a string: anything but a quote, a backslash or a control
 * character, and the escapes.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON refuses control characters in strings.
const stringContent = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*/y;
const scalar = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null/y;

/**
 * The offset in a text the native `JSON.parse` refused where it stops being JSON: the first
 * character no JSON text could have there, or the text's length when it ends too early. The
 * native parser's own message quotes the text, so `JsonParseError` names this offset instead.
 * -1 when no offset can be named. Runs only after a parse failed, on text whose nesting the scan
 * has already bounded.
 */
export function syntaxErrorPosition(text: string): number {
  let at = 0;
  const eat = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const char = (wanted: string): boolean => {
    if (text[at] !== wanted) return false;
    at++;
    return true;
  };
  const string = () => char('"') && eat(stringContent) && char('"');
  const value = (): boolean => {
    eat(space);
    const open = text[at];
    if (open !== "{" && open !== "[") return open === '"' ? string() : eat(scalar);
    const close = open === "{" ? "}" : "]";
    at++;
    eat(space);
    if (char(close)) return true;
    for (;;) {
      if (open === "{" && !(string() && eat(space) && char(":"))) return false;
      if (!value()) return false;
      eat(space);
      if (char(close)) return true;
      if (!char(",")) return false;
      eat(space);
    }
  };
  try {
    if (value() && eat(space) && at === text.length) return -1;
  } catch {
    return -1; // nesting deeper than the stack allows: only a caller's own maxDepth lets that through
  }
  return at;
}
