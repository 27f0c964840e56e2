import type { RequestPagination } from "../gen/common.js";
import { invalidArgument } from "./fake-fault.js";

/** A page of a list: `pageNumber` counts from 1; no pagination (or showNumber 0) means everything. */
export function paginate<T>(items: readonly T[], pagination: RequestPagination | undefined): T[] {
  if (!pagination || pagination.showNumber === 0) return [...items];
  if (pagination.pageNumber < 1 || pagination.showNumber < 0) {
    throw invalidArgument("pagination.pageNumber starts at 1 and showNumber must not be negative");
  }
  const start = (pagination.pageNumber - 1) * pagination.showNumber;
  return items.slice(start, start + pagination.showNumber);
}
