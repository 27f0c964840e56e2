import { HttpFault, isTransientFault } from "@chatwire/http-core";

/** True when the connection was refused: the request never reached the server. */
function neverReachedServer(fault: HttpFault): boolean {
  if (fault.kind !== "network") return false;
  for (let cause: unknown = fault.cause, depth = 0; cause instanceof Error && depth < 4; depth++) {
    if ((cause as { code?: unknown }).code === "ECONNREFUSED") return true;
    cause = cause.cause;
  }
  return false;
}

/**
 * Which failures a call may be repeated after. Every transient fault qualifies for an endpoint
 * that is idempotent (per the proto's idempotency_level); any other endpoint is repeated only
 * when the server certainly did not act: a 429, or a refused connection.
 */
export function retryableFor(idempotent: boolean): (error: unknown) => boolean {
  return (error) => {
    if (!(error instanceof HttpFault) || !isTransientFault(error)) return false;
    if (idempotent) return true;
    return (error.kind === "http" && error.status === 429) || neverReachedServer(error);
  };
}
