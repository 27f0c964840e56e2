/** A 64-bit integer as the client accepts and returns it: `number` up to 2^53 - 1, `bigint` beyond. */
export type Int64 = number | bigint;
