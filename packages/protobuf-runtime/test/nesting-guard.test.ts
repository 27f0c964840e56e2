// Deep object trees handed to fromJSON/toJSON/fromPartial fail with a typed error long before
// the call stack runs out; the counter is back at zero afterwards.
import { describe, expect, it } from "vitest";
import {
  enterNested,
  isProtobufNestingError,
  leaveNested,
  maxNestingDepth,
  ProtobufNestingError,
} from "../src/index.js";
import { thrown } from "./support/bytes.js";

/** A recursive walk shaped like a generated fromPartial. */
function walk(node: { child?: unknown }): number {
  enterNested("fromPartial", "Node");
  try {
    return node.child === undefined ? 1 : 1 + walk(node.child as { child?: unknown });
  } finally {
    leaveNested();
  }
}

function chain(depth: number): { child?: unknown } {
  let node: { child?: unknown } = {};
  for (let i = 1; i < depth; i++) node = { child: node };
  return node;
}

describe("nesting guard", () => {
  it("lets 100 levels through and refuses the 101st", () => {
    expect(maxNestingDepth).toBe(100);
    expect(walk(chain(100))).toBe(100);
    const error = thrown(() => walk(chain(101)));
    expect(isProtobufNestingError(error)).toBe(true);
    expect(error).toBeInstanceOf(ProtobufNestingError);
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({ operation: "fromPartial", messageType: "Node" });
    expect((error as Error).message).toBe("Node.fromPartial: messages nested more than 100 levels deep");
  });

  it("turns 10,000 levels, or a cycle, into the typed error instead of a stack overflow", () => {
    expect(isProtobufNestingError(thrown(() => walk(chain(10_000))))).toBe(true);
    const cycle: { child?: unknown } = {};
    cycle.child = cycle;
    expect(isProtobufNestingError(thrown(() => walk(cycle)))).toBe(true);
  });

  it("unwinds its counter after a failure", () => {
    thrown(() => walk(chain(500)));
    expect(walk(chain(100))).toBe(100);
  });
});
