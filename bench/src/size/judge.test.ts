import { describe, expect, it } from "vitest";
import { sizeBudgets } from "./budgets.js";
import { sizeEntries } from "./entries.js";
import { judgeSizes } from "./judge.js";

describe("judgeSizes", () => {
  const budgets = { a: { budget: 1000, goal: 500 }, b: { budget: 2000 } };

  it("passes bundles at or under their budget", () => {
    const rows = judgeSizes(
      new Map([
        ["a", 1000],
        ["b", 10],
      ]),
      budgets,
    );
    expect(rows.map((row) => row.failure)).toEqual([undefined, undefined]);
    expect(rows[0]).toMatchObject({ name: "a", size: 1000, budget: 1000, goal: 500 });
  });

  it("fails a bundle one byte over, saying by how much", () => {
    const rows = judgeSizes(
      new Map([
        ["a", 1001],
        ["b", 2000],
      ]),
      budgets,
    );
    expect(rows.find((row) => row.name === "a")?.failure).toBe("over budget by 1 B");
    expect(rows.find((row) => row.name === "b")?.failure).toBeUndefined();
  });

  it("fails a bundle without a budget and a budget without a bundle", () => {
    const rows = judgeSizes(new Map([["c", 1]]), { a: { budget: 1 } });
    expect(Object.fromEntries(rows.map((row) => [row.name, row.failure]))).toEqual({
      c: "no budget set",
      a: "budget for a bundle that is not measured",
    });
  });
});

describe("the committed budgets", () => {
  it("name exactly the measured entries", () => {
    expect(Object.keys(sizeBudgets).sort()).toEqual(sizeEntries.map((entry) => entry.name).sort());
  });
});
