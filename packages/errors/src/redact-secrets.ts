/** What a redacted secret is replaced with. */
export const redactedPlaceholder = "[redacted]";

/** Shorter secrets cannot be told apart from ordinary text, so clients refuse them at creation. */
export const minSecretLength = 8;

/**
 * A leading fragment of a secret this long or longer is redacted too: servers and parsers quote
 * the start of what they were given ("Unexpected token 'a', \"abcdef\"..."), and a log that keeps
 * half a token keeps too much.
 */
export const minFragmentLength = 6;

/**
 * Replaces every occurrence of each secret, and every leading fragment of it at least
 * `minFragmentLength` characters long, with "[redacted]" — as written and URL-encoded. Only the
 * secrets' own characters are touched: ordinary text around them stays as it was.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    needles.add(secret);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) needles.add(encoded);
  }
  let result = text;
  // Longest first, so a secret that contains another is removed whole.
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    result = redactOne(result, needle);
  }
  return result;
}

function redactOne(text: string, secret: string): string {
  const fragmentLength = Math.min(minFragmentLength, secret.length);
  const head = secret.slice(0, fragmentLength);
  let out = "";
  let from = 0;
  for (let at = text.indexOf(head, from); at >= 0; at = text.indexOf(head, from)) {
    // Extend the match as far as the text keeps following the secret.
    let end = at + fragmentLength;
    while (end - at < secret.length && text[end] === secret[end - at]) end++;
    out += text.slice(from, at) + redactedPlaceholder;
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** True when `text` holds a secret or a leading fragment of one (see `redactSecrets`). */
export function containsSecret(text: string, secrets: readonly (string | undefined)[]): boolean {
  return redactSecrets(text, secrets) !== text;
}

/**
 * Checks a credential at client creation, so that it can be redacted reliably and sent as a
 * header. The message names the option, never the value.
 */
export function assertRedactableSecret(name: string, value: unknown): asserts value is string {
  if (typeof value !== "string" || value.length < minSecretLength || !/^[\x21-\x7e]+$/.test(value)) {
    throw new TypeError(
      `${name} must be a string of at least ${minSecretLength} visible ASCII characters (the value is not shown)`,
    );
  }
}
