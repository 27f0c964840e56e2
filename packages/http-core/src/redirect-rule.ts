/** Statuses that send the client elsewhere with a `Location`. */
export const redirectStatuses: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Methods a 301/302/303 may be followed for: the browser rule turns anything else into a GET. */
const bodilessMethods = new Set(["GET", "HEAD"]);

/** Whether a redirect is followed, and to where; or why not. */
export type RedirectDecision =
  | { readonly follow: true; readonly url: URL }
  | {
      readonly follow: false;
      /** Why not, in words that name at most the target's origin, never its path or query. */
      readonly reason: string;
    };

/**
 * Decides whether one redirect may be followed. The rule, in order:
 * - the `Location` must be a valid http(s) URL (resolved against the current one) without
 *   `user:pass@`;
 * - it must stay on the current origin: credentials (headers such as `token` or `access-token`,
 *   which fetch does not strip) never travel to another one;
 * - the request must be safe to send again (`repeatable`), since following a redirect repeats it;
 * - 307/308 repeat the method and body; 301/302/303 are followed for GET and HEAD only, because
 *   for any other method they would turn the request into a different one (a GET without body);
 * - at most `maxRedirects` hops (`hops` counts those already followed).
 */
export function decideRedirect(options: {
  readonly status: number;
  readonly location: string | null;
  readonly from: URL;
  readonly method: string;
  readonly repeatable: boolean;
  readonly hops: number;
  readonly maxRedirects: number;
}): RedirectDecision {
  const { status, location, from } = options;
  if (location === null || location.trim() === "") {
    return { follow: false, reason: `redirect (${status}) without a Location` };
  }
  const target = URL.parse(location.trim(), from);
  if (target === null || (target.protocol !== "http:" && target.protocol !== "https:")) {
    return { follow: false, reason: `redirect (${status}) to a location that is not an http(s) URL` };
  }
  if (target.origin !== from.origin) {
    return {
      follow: false,
      reason: `redirect (${status}) to another origin (${target.origin}) not followed`,
    };
  }
  if (target.username !== "" || target.password !== "") {
    return { follow: false, reason: `redirect (${status}) to a URL with credentials not followed` };
  }
  if (!options.repeatable) {
    return {
      follow: false,
      reason: `redirect (${status}) not followed: repeating this request is not safe`,
    };
  }
  if ((status === 301 || status === 302 || status === 303) && !bodilessMethods.has(options.method)) {
    return {
      follow: false,
      reason: `redirect (${status}) not followed: it would turn ${options.method} into GET`,
    };
  }
  if (options.hops >= options.maxRedirects) {
    return { follow: false, reason: `more than ${options.maxRedirects} redirects` };
  }
  return { follow: true, url: target };
}
