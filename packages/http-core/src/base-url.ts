/**
 * Checks a client's `baseUrl` and returns it without trailing slashes. Only absolute http(s) URLs
 * are accepted, and never one with `user:pass@`: a credential in the URL would travel in every
 * request line and reach every message that names the URL. Query and fragment are refused too,
 * since paths are appended to the base. Messages never echo the value.
 */
export function checkBaseUrl(value: unknown, name = "baseUrl"): string {
  if (typeof value !== "string") throw new TypeError(`${name} must be a string`);
  const url = URL.parse(value);
  // "localhost:8080" parses with the scheme "localhost:", so the scheme is checked, not just parsing.
  if (url === null || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new TypeError(`${name} must be an absolute http(s) URL`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new TypeError(`${name} must not carry credentials (user:pass@); the value is not shown`);
  }
  if (url.search !== "" || url.hash !== "" || value.includes("?") || value.includes("#")) {
    throw new TypeError(`${name} must not have a query or fragment`);
  }
  return url.href.replace(/\/+$/, "");
}
