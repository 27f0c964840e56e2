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

/**
 * A value that is an object and not an array. Valibot's object and record schemas take an array
 * (and build a new object from it), so this check comes first, where it sees the value itself.
 */
const objectValue = <T>() =>
  v.custom<T>(
    (value) => typeof value === "object" && value !== null && !Array.isArray(value),
    (issue) => (issue.input === undefined ? "is required" : "must be an object"),
  );

/** An object the spec leaves open: any keys, any values. */
export const freeObject = v.pipe(objectValue<Record<string, unknown>>(), v.record(v.string(), v.unknown()));

/** An object of an answer: the listed fields checked, others kept. */
export const answerObject = <const Entries extends v.ObjectEntries>(entries: Entries) => {
  const schema = v.looseObject(entries);
  return v.pipe(objectValue<v.InferInput<typeof schema>>(), schema);
};

/** An object of an input: the listed fields checked, any other field refused (the server would ignore it). */
export const inputObject = <const Entries extends v.ObjectEntries>(entries: Entries) => {
  const schema = v.strictObject(entries);
  return v.pipe(objectValue<v.InferInput<typeof schema>>(), schema);
};
