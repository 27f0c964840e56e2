// A reader's budget: how deep messages nest and how many there are. Generated decode functions
// call enter()/leave() around every message; these tests drive the reader the same way.
import { describe, expect, it } from "vitest";
import {
  deadlineCheckInterval,
  defaultMaxDepth,
  defaultMaxMessages,
  ProtobufDecodeError,
  WireReader,
} from "../src/index.js";
import { thrown } from "./support/bytes.js";

/** Enters `count` messages nested inside one another, as decoding a chain of them would. */
function enterNested(reader: WireReader, count: number): void {
  for (let i = 0; i < count; i++) reader.enter(undefined);
}

describe("DecodeLimits", () => {
  it("defaults to 100 levels and 100,000 messages", () => {
    const reader = new WireReader(new Uint8Array(0));
    expect([reader.maxDepth, reader.maxMessages]).toEqual([100, 100_000]);
    expect([defaultMaxDepth, defaultMaxMessages]).toEqual([100, 100_000]);
  });

  it("refuses the message one level past maxDepth with reason too-deep", () => {
    const reader = new WireReader(new Uint8Array(0), { maxDepth: 3 });
    enterNested(reader, 3);
    const error = thrown(() => reader.enter(undefined)) as ProtobufDecodeError;
    expect(error).toBeInstanceOf(ProtobufDecodeError);
    expect(error.reason).toBe("too-deep");
    expect(error.message).toBe("messages nested more than 3 levels deep at byte 0 of 0");
  });

  it("counts messages that are siblings, not only nested ones", () => {
    const reader = new WireReader(new Uint8Array(0), { maxMessages: 5 });
    for (let i = 0; i < 5; i++) {
      reader.enter(0);
      reader.leave(0);
    }
    expect(reader.depth).toBe(0);
    const error = thrown(() => reader.enter(0)) as ProtobufDecodeError;
    expect(error.reason).toBe("too-many-messages");
    expect(error.detail).toBe("more than 5 messages");
  });

  it("leave() checks that the message ended exactly at its length", () => {
    const reader = new WireReader(new Uint8Array([1, 2, 3]));
    const end = reader.enter(2);
    reader.pos = 3;
    const error = thrown(() => reader.leave(end)) as ProtobufDecodeError;
    expect(error.reason).toBe("length-mismatch");
  });

  it("refuses limits that are not positive integers, so a typo cannot lift the budget", () => {
    for (const maxDepth of [0, -1, 1.5, Number.POSITIVE_INFINITY, "100"]) {
      expect(() => new WireReader(new Uint8Array(0), { maxDepth: maxDepth as number })).toThrow(RangeError);
    }
    expect(() => new WireReader(new Uint8Array(0), { maxMessages: 0 })).toThrow(
      "maxMessages must be a positive integer, not 0",
    );
    expect(new WireReader(new Uint8Array(0), { maxDepth: 7 }).maxMessages).toBe(100_000);
  });

  it("calls checkDeadline every deadlineCheckInterval messages, and a throw from it stops the decode", () => {
    let calls = 0;
    const reader = new WireReader(new Uint8Array(0), { checkDeadline: () => void calls++ });
    for (let i = 0; i < deadlineCheckInterval * 2; i++) {
      reader.enter(0);
      reader.leave(0);
    }
    expect(calls).toBe(2);

    const late = new Error("past the deadline");
    const stopping = new WireReader(new Uint8Array(0), {
      checkDeadline: () => {
        throw late;
      },
    });
    for (let i = 0; i < deadlineCheckInterval - 1; i++) {
      stopping.enter(0);
      stopping.leave(0);
    }
    expect(thrown(() => stopping.enter(0))).toBe(late);
    // The refused message was not counted, so a caller's catch finds the counts as they were.
    expect([stopping.messages, stopping.depth]).toEqual([deadlineCheckInterval - 1, 0]);
    expect(() => new WireReader(new Uint8Array(0), { checkDeadline: 5 as never })).toThrow(TypeError);
  });
});
