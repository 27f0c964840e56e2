const placeholder = "[redacted]";

/**
 * Replaces every occurrence of each secret (as written and URL-encoded) with "[redacted]", so
 * error messages and logs built from server answers or URLs cannot leak credentials.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    needles.add(secret);
    needles.add(encodeURIComponent(secret));
  }
  // Longest first, so a secret that contains another is removed whole.
  let result = text;
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    result = result.split(needle).join(placeholder);
  }
  return result;
}
