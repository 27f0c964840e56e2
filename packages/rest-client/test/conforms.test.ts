// The fast walk that lets valid inputs and answers skip valibot must never call a value valid that
// valibot refuses: over every generated validator, for conforming samples and for each of them
// with one field changed, removed or added.
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { maximOperations } from "../src/index.js";
import { loadOperation } from "../src/load-operation.js";
import type { RestOperation } from "../src/rest-api-error.js";
import { sampleValue } from "../src/testing/sample-value.js";
import { checkValue } from "../src/validation/check-value.js";
import { conforms } from "../src/validation/conforms.js";
import { answerObject, freeObject, int64 } from "../src/validation/primitives.js";

const replacements: unknown[] = [
  undefined,
  null,
  "text",
  "",
  0,
  1.5,
  -1,
  Number.NaN,
  2 ** 31,
  2 ** 53,
  2n ** 63n,
  -(2n ** 63n) - 1n,
  true,
  [],
  [1],
  {},
  { nested: "x" },
];

/** Every variant of `value` with one place (the value itself, or a field or item at any depth) changed. */
function* variants(value: unknown): Generator<unknown> {
  for (const replacement of replacements) yield replacement;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      for (const inner of variants(value[i])) yield value.map((item, j) => (j === i ? inner : item));
    }
    yield [...value, ...value];
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      for (const inner of variants(record[key])) yield { ...record, [key]: inner };
      const { [key]: _, ...without } = record;
      yield without;
    }
    yield { ...record, unexpected_field: 1 };
  }
}

async function everySchema(): Promise<[string, v.GenericSchema][]> {
  const schemas: [string, v.GenericSchema][] = [["int64", int64]];
  for (const row of maximOperations) {
    const { validators } = await loadOperation(row.call, `${row.method} ${row.path}` as RestOperation);
    for (const part of ["input", "query", "answer"] as const) {
      const schema = validators[part];
      if (schema) schemas.push([`${row.call} ${part}`, schema]);
    }
  }
  return schemas;
}

const valibotAccepts = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;

describe("conforms", () => {
  it("passes the samples of every generated validator without valibot", async () => {
    for (const [name, schema] of await everySchema()) {
      for (const optionalFields of [true, false]) {
        const sample = sampleValue(schema, { optionalFields });
        expect(valibotAccepts(schema, sample), name).toBe(true);
        expect(conforms(schema, sample), name).toBe(true);
      }
    }
  });

  it("never passes what valibot refuses, and checkValue still words each problem", async () => {
    let refused = 0;
    for (const [name, schema] of await everySchema()) {
      for (const variant of variants(sampleValue(schema))) {
        const accepted = valibotAccepts(schema, variant);
        if (conforms(schema, variant))
          expect(
            accepted,
            `${name}: ${JSON.stringify(variant, (_, x) => (typeof x === "bigint" ? `${x}n` : x))}`,
          ).toBe(true);
        expect(checkValue(schema, variant, "x") === undefined).toBe(accepted);
        if (!accepted) refused++;
      }
    }
    expect(refused).toBeGreaterThan(10_000);
  });

  it("refuses an array wherever the spec says object, in answers and inputs alike", async () => {
    let objects = 0;
    for (const [name, schema] of await everySchema()) {
      const sample = sampleValue(schema, { optionalFields: false });
      if (typeof sample !== "object" || sample === null || Array.isArray(sample)) continue;
      objects++;
      for (const array of [[], [sample], Object.assign([], sample)]) {
        expect(valibotAccepts(schema, array), name).toBe(false);
        expect(conforms(schema, array), name).toBe(false);
        expect(checkValue(schema, array, "answer"), name).toBe("answer must be an object");
      }
      expect(checkValue(schema, undefined, "answer"), name).toBe("answer is required");
    }
    expect(objects).toBeGreaterThan(100);
    expect(checkValue(freeObject, [], "x")).toBe("x must be an object");
    expect(checkValue(v.array(answerObject({ id: v.optional(v.string()) })), [[]], "x")).toBe(
      "x[0] must be an object",
    );
  });

  it("refuses a missing required field even where any value is allowed, and NaN as a number", () => {
    const schema = v.object({ anything: v.unknown() });
    expect(valibotAccepts(schema, {})).toBe(false);
    expect(conforms(schema, {})).toBe(false);
    expect(conforms(schema, { anything: undefined })).toBe(true);
    expect(conforms(v.number(), Number.NaN)).toBe(false);
  });

  it("leaves kinds it does not know to valibot", () => {
    const withDefault = v.object({ count: v.optional(v.number(), 3) });
    expect(conforms(withDefault, {})).toBe(false);
    expect(valibotAccepts(withDefault, {})).toBe(true);
    expect(conforms(v.pipe(v.string(), v.email()), "a@example.com")).toBe(false);
    expect(conforms(v.pipe(v.string(), v.regex(/a/g)), "a")).toBe(false);
  });
});
