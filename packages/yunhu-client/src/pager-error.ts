import { YunhuApiError } from "./yunhu-api-error.js";

/**
 * The error a pager ends with when the server's pages do not lead anywhere: a cursor seen before
 * (a cycle) or a page that does not move past the previous one. Repeating cannot fix either.
 */
export function pagerError(operation: string, detail: string): YunhuApiError {
  return new YunhuApiError(`${operation}: ${detail}`, {
    kind: "invalid-response",
    operation,
    retryable: false,
  });
}
