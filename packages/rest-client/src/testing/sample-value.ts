import type * as v from "valibot";

/** What the sampler puts where the spec says int64: past 2^53, so every int64 travels as a bigint. */
export const sampleInt64 = 2n ** 53n + 1n;

/** Strings tried, in order, where a schema demands a pattern. */
const patternCandidates = ["sample", "+8613800000000"];

type Node = v.GenericSchema & {
  readonly type: string;
  readonly wrapped?: Node;
  readonly entries?: Readonly<Record<string, Node>>;
  readonly item?: Node;
  readonly value?: Node;
  readonly options?: readonly (Node | string)[];
  readonly pipe?: readonly {
    readonly kind?: string;
    readonly type: string;
    readonly requirement?: unknown;
  }[];
};

/** Every requirement of one kind in a schema's pipe, nested pipes included (`v.pipe(int32, v.minValue(0))`). */
function requirements(node: Node, type: string): unknown[] {
  const found: unknown[] = [];
  for (const step of node.pipe ?? []) {
    if (step === node) continue;
    if (step.type === type) found.push(step.requirement);
    else if ((step as Node).pipe) found.push(...requirements(step as Node, type));
  }
  return found;
}

function requirement(node: Node, type: string): unknown {
  return requirements(node, type)[0];
}

export interface SampleOptions {
  /** Fill optional fields too (inputs that exercise every field); default true. */
  readonly optionalFields?: boolean;
}

/**
 * A value that the given valibot schema (one of the generated validators) accepts: the fake's
 * answers for operations it does not model, and the contract tests' inputs. Every int64 is
 * `sampleInt64`, every number 1 (or its lower bound when 1 is out of range), every string "sample" (or a candidate that
 * matches its pattern), every enum its first value, every list one item.
 */
export function sampleValue(schema: v.GenericSchema, options: SampleOptions = {}): unknown {
  const node = schema as Node;
  switch (node.type) {
    case "optional":
      return sampleValue(node.wrapped as Node, options);
    case "union": {
      const first = node.options?.[0] as Node;
      // The int64 building block: a safe-integer number or a bigint.
      if (first?.type === "number" && (node.options?.[1] as Node | undefined)?.type === "bigint")
        return sampleInt64;
      return sampleValue(first, options);
    }
    case "custom": {
      // A check piped into the schema that shapes the value (an object that is not an array).
      // The pipe's first step is the custom schema itself.
      const shaped = node.pipe?.slice(1).find((step) => step.kind === "schema") as Node | undefined;
      if (shaped === undefined) throw new Error("no sample for a custom schema without a schema after it");
      return sampleValue(shaped, options);
    }
    case "picklist":
      return node.options?.[0];
    case "string": {
      const pattern = requirement(node, "regex") as RegExp | undefined;
      if (!pattern) return "sample";
      const match = patternCandidates.find((candidate) => pattern.test(candidate));
      if (match === undefined) throw new Error(`no sample string matches ${String(pattern)}`);
      return match;
    }
    case "number": {
      const min = Math.max(...(requirements(node, "min_value") as number[]));
      const max = Math.min(...(requirements(node, "max_value") as number[]));
      return min <= 1 && 1 <= max ? 1 : min;
    }
    case "boolean":
      return true;
    case "array":
      return [sampleValue(node.item as Node, options)];
    case "record":
      return {};
    case "loose_object":
    case "strict_object":
    case "object": {
      const result: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(node.entries ?? {})) {
        if (entry.type === "optional" && options.optionalFields === false) continue;
        result[key] = sampleValue(entry, options);
      }
      return result;
    }
    default:
      throw new Error(`no sample for a ${node.type} schema`);
  }
}
