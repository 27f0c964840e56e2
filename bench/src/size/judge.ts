// Compares measured sizes with their budgets; kept apart from measuring so it can be tested alone.
import type { SizeBudget } from "./budgets.js";

export interface SizeRow {
  readonly name: string;
  /** Measured gzipped bytes, or undefined when the bundle has no measurement. */
  readonly size: number | undefined;
  readonly budget: number | undefined;
  readonly goal: number | undefined;
  /** Why the row fails, or undefined when it is within budget. */
  readonly failure: string | undefined;
}

/** One row per name in either map; a bundle without a budget, or a budget without a bundle, fails. */
export function judgeSizes(
  sizes: ReadonlyMap<string, number>,
  budgets: Readonly<Record<string, SizeBudget>>,
): SizeRow[] {
  const names = [...new Set([...sizes.keys(), ...Object.keys(budgets)])];
  return names.map((name) => {
    const size = sizes.get(name);
    const limit = budgets[name];
    let failure: string | undefined;
    if (limit === undefined) failure = "no budget set";
    else if (size === undefined) failure = "budget for a bundle that is not measured";
    else if (size > limit.budget) failure = `over budget by ${size - limit.budget} B`;
    return { name, size, budget: limit?.budget, goal: limit?.goal, failure };
  });
}
