import * as v from "valibot";

const int64Min = -(2n ** 63n);
const int64Max = 2n ** 63n - 1n;

/**
 * A 64-bit integer as the client hands it out and accepts it: a `number` up to 2^53 - 1 in
 * magnitude (beyond that a number may already have been rounded), or a `bigint` within int64.
 */
export const int64 = v.union(
  [
    v.pipe(v.number(), v.safeInteger("must be a bigint beyond 2^53 - 1 (a number there is not exact)")),
    v.pipe(
      v.bigint(),
      v.minValue(int64Min, "must be within int64"),
      v.maxValue(int64Max, "must be within int64"),
    ),
  ],
  "must be an int64 (a safe integer number or a bigint)",
);

/** A 32-bit signed integer. */
export const int32 = v.pipe(
  v.number("must be an int32"),
  v.integer("must be an int32"),
  v.minValue(-(2 ** 31), "must be within int32"),
  v.maxValue(2 ** 31 - 1, "must be within int32"),
);

/** An integer the spec leaves without a format. */
export const safeInteger = v.pipe(v.number(), v.safeInteger());

/** A double: any finite number. */
export const finiteNumber = v.pipe(v.number(), v.finite());

/** An object the spec leaves open: any keys, any values. */
export const freeObject = v.pipe(
  v.record(v.string(), v.unknown()),
  v.check((value) => !Array.isArray(value), "must be an object"),
);

/** Valibot's object schemas take an array for an object; where the spec says object, an array is wrong. */
const notArray = <T>() =>
  v.check<T, "must be an object">((value) => !Array.isArray(value), "must be an object");

/** An object of an answer: the listed fields checked, others kept. */
export const answerObject = <const Entries extends v.ObjectEntries>(entries: Entries) => {
  const schema = v.looseObject(entries);
  return v.pipe(schema, notArray<v.InferOutput<typeof schema>>());
};

/** An object of an input: the listed fields checked, any other field refused (the server would ignore it). */
export const inputObject = <const Entries extends v.ObjectEntries>(entries: Entries) => {
  const schema = v.strictObject(entries);
  return v.pipe(schema, notArray<v.InferOutput<typeof schema>>());
};
