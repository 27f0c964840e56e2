// The fixture's generated codecs at work: every shape encodes to the bytes protobuf-es (a
// conformant implementation, driven by the same descriptors) writes, decodes what it writes, and
// keeps the guarantees of the codecs: presence, unknown fields, exact int64, typed errors.
import { create, type DescMessage, fromBinary, toBinary } from "@bufbuild/protobuf";
import {
  isProtobufDecodeError,
  isProtobufNestingError,
  type MessageFns,
  WireReader,
} from "@chatwire/protobuf-runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureRegistry, generateFixture, removeFixture, writeFixture } from "./fixture.js";

// biome-ignore lint/suspicious/noExplicitAny: the generated module is imported at run time
type Module = Record<string, any>;
let dir: string;
let shapes: Module;
let common: Module;
let any: Module;
const registry = fixtureRegistry();
const desc = (name: string) => registry.getMessage(name) as DescMessage;

beforeAll(async () => {
  dir = writeFixture(await generateFixture());
  shapes = await import(`${dir}/shapes.ts`);
  common = await import(`${dir}/common_types.ts`);
  any = await import(`${dir}/google/protobuf/any.ts`);
}, 120_000);
afterAll(() => removeFixture(dir));

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
// biome-ignore lint/suspicious/noExplicitAny: values of any generated message
const codec = (name: string) => shapes[name] as MessageFns<any>;

/** Encodes `value` with the generated codec and `init` with protobuf-es: the bytes must agree. */
function expectSameBytes(name: string, value: unknown, typeName: string, init: Record<string, unknown>) {
  const ours = codec(name).encode(codec(name).fromPartial(value)).finish();
  const theirs = toBinary(desc(typeName), create(desc(typeName), init));
  expect(hex(ours)).toBe(hex(theirs));
  return ours;
}

describe("every scalar type", () => {
  const value = {
    real: -0,
    text: "héllo 👋",
    single: 1.5,
    i32: -7,
    i64: -(2 ** 53 - 1),
    u32: 2 ** 32 - 1,
    u64: 2 ** 53 - 1,
    s32: -(2 ** 31),
    s64: -12345678901,
    f32: 2 ** 31,
    f64: 2 ** 40,
    sf32: -5,
    sf64: -(2 ** 50),
    flag: true,
    blob: new Uint8Array([0, 255]),
  };
  const init = {
    ...value,
    i64: BigInt(value.i64),
    u64: BigInt(value.u64),
    s64: BigInt(value.s64),
    f64: BigInt(value.f64),
    sf64: BigInt(value.sf64),
  };

  it("encodes by field number, -0 included, as protobuf-es does", () => {
    const bytes = expectSameBytes("Scalars", value, "fixture.shapes.Scalars", init);
    // field 1 (real, declared second) comes first
    expect(bytes[0]).toBe((1 << 3) | 1);
  });

  it("decodes to the same values, -0 kept", () => {
    const bytes = toBinary(desc("fixture.shapes.Scalars"), create(desc("fixture.shapes.Scalars"), init));
    const decoded = codec("Scalars").decode(bytes);
    expect(decoded).toEqual({ ...value, _unknownFields: {} });
    expect(Object.is(decoded.real, -0)).toBe(true);
  });

  it("names the field of an int64 a number cannot hold, on encode and decode", () => {
    const tooBig = { ...codec("Scalars").create(), i64: 2 ** 53 };
    expect(() => codec("Scalars").encode(tooBig)).toThrow(
      /^Scalars\.i64: 9007199254740992 is not an integer/,
    );
    const bytes = toBinary(
      desc("fixture.shapes.Scalars"),
      create(desc("fixture.shapes.Scalars"), { sf64: 2n ** 60n }),
    );
    expect(() => codec("Scalars").decode(bytes)).toThrow(/^Scalars\.sf64: 1152921504606846976 is beyond/);
    expect(() => codec("Scalars").fromJSON({ u64: "-1" })).toThrow(/^Scalars\.u64: -1 is not an int64/);
  });
});

describe("proto3 optional", () => {
  it("writes a set zero value and omits an unset one", () => {
    const zeros = { text: "", count: 0, since: 0, flag: false, kind: 0, blob: new Uint8Array(0), ratio: 0 };
    const bytes = expectSameBytes("Presence", zeros, "fixture.shapes.Presence", { ...zeros, since: 0n });
    expect(bytes.length).toBe(6 * 2 + 9); // six one-byte zeros with their tags, then a tagged double
    expect(codec("Presence").encode(codec("Presence").create()).finish()).toEqual(new Uint8Array(0));
  });

  it("decodes presence: a zero that was sent is there, one that was not is undefined", () => {
    const decoded = codec("Presence").decode(new Uint8Array([0x0a, 0, 0x10, 0]));
    expect(decoded.text).toBe("");
    expect(decoded.count).toBe(0);
    expect(decoded.since).toBeUndefined();
    expect("plain" in decoded && decoded.plain).toBe("");
    expect(codec("Presence").toJSON(decoded)).toEqual({ text: "", count: 0 });
    expect(codec("Presence").fromJSON({ flag: false })).toMatchObject({ flag: false, text: undefined });
  });
});

describe("repeated fields", () => {
  const value = {
    packedInts: [1, -1, 300],
    packedLongs: [2 ** 40, -3],
    kinds: [1, 2, 0],
    reals: [0.5, -0],
    flags: [true, false],
    zigzags: [-1, 1],
    fixeds: [7],
    unpackedInts: [5, 6],
    texts: ["a", ""],
    blobs: [new Uint8Array([1])],
    entries: [{ key: "k" }, {}],
  };
  const init = { ...value, packedLongs: [2n ** 40n, -3n], fixeds: [7n], entries: [{ key: "k" }, {}] };

  it("writes packed lists packed and [packed = false] ones one by one", () => {
    const bytes = expectSameBytes("Lists", value, "fixture.shapes.Lists", init);
    expect(hex(bytes)).toContain("4005"); // unpacked_ints: tag 8 varint, value 5
  });

  it("reads either form of a repeated scalar, whichever way it was declared", () => {
    const packed = new Uint8Array([0x42, 2, 5, 6]); // unpacked_ints (8) sent packed
    const unpacked = new Uint8Array([0x08, 1, 0x08, 2]); // packed_ints (1) sent one by one
    expect(codec("Lists").decode(packed).unpackedInts).toEqual([5, 6]);
    expect(codec("Lists").decode(unpacked).packedInts).toEqual([1, 2]);
  });

  it("refuses a packed list whose last element runs past its length", () => {
    const error = (() => {
      try {
        codec("Lists").decode(new Uint8Array([0x0a, 1, 0x80, 0x01]));
      } catch (caught) {
        return caught;
      }
    })();
    expect(isProtobufDecodeError(error)).toBe(true);
    expect(error).toMatchObject({ reason: "length-mismatch", path: "Lists" });
  });
});

describe("oneofs", () => {
  it("keep field-number order when another field interrupts their numbers", () => {
    const value = {
      before: "a",
      pick: { $case: "number", value: 9 },
      between: 2,
      other: { $case: "empty", value: {} },
    };
    const init = {
      before: "a",
      pick: { case: "number", value: 9n },
      between: 2,
      other: { case: "empty", value: {} },
    };
    const bytes = expectSameBytes("Choice", value, "fixture.shapes.Choice", init);
    expect(hex(bytes)).toBe("0a0161" + "1809" + "2802" + "4200");
  });

  it("carry scalar, enum and message members through binary, JSON and fromPartial", () => {
    for (const pick of [
      { $case: "name", value: "" },
      { $case: "kind", value: 2 },
      { $case: "scalars", value: codec("Scalars").fromPartial({ text: "x" }) },
    ]) {
      const message = codec("Choice").fromPartial({ pick });
      const decoded = codec("Choice").decode(codec("Choice").encode(message).finish());
      expect(decoded.pick).toEqual(pick);
      expect(codec("Choice").fromJSON(codec("Choice").toJSON(message)).pick).toEqual(
        pick.$case === "scalars"
          ? { $case: "scalars", value: { ...pick.value, _unknownFields: undefined } }
          : pick,
      );
    }
    expect(codec("Choice").fromPartial({ pick: { $case: "name" } }).pick).toBeUndefined();
  });
});

describe("nesting", () => {
  it("names nested types and their enums after the messages holding them", () => {
    expect(shapes.Outer_Middle_Inner_Level).toMatchObject({ LOW: 1, HIGH: 2, UNRECOGNIZED: -1 });
    expect(shapes.outer_Middle_Inner_LevelFromJSON("HIGH")).toBe(2);
    expect(shapes.outer_Middle_Inner_LevelToJSON(1)).toBe("LOW");
    const value = { middle: { inner: { level: 2, recursive: { middles: [{ level: 1 }] } }, level: 1 } };
    const bytes = expectSameBytes("Outer", value, "fixture.shapes.Outer", value);
    expect(codec("Outer").decode(bytes)).toEqual(codec("Outer").fromPartial(value));
  });

  it("refuses input nested too deep, in every direction, with typed errors", () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) deep = { middle: { inner: { recursive: deep } } };
    const caught = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
    };
    expect(isProtobufNestingError(caught(() => codec("Outer").fromPartial(deep)))).toBe(true);
    expect(isProtobufNestingError(caught(() => codec("Outer").fromJSON(deep)))).toBe(true);
    // encode and toJSON take complete messages: build the chain from create()d levels.
    let built = codec("Outer").create();
    for (let i = 0; i < 10_000; i++) {
      const inner = { ...codec("Outer_Middle_Inner").create(), recursive: built };
      built = { ...codec("Outer").create(), middle: { ...codec("Outer_Middle").create(), inner } };
    }
    expect(isProtobufNestingError(caught(() => codec("Outer").encode(built)))).toBe(true);
    expect(isProtobufNestingError(caught(() => codec("Outer").toJSON(built)))).toBe(true);
    // 40 levels of Outer are 120 messages deep on the wire (built with protobuf-es, as our own
    // encoder refuses that depth): past the default limit of 100.
    const outer = desc("fixture.shapes.Outer");
    // biome-ignore lint/suspicious/noExplicitAny: a protobuf-es init object, nested by hand
    let init: any = {};
    for (let i = 0; i < 40; i++) init = { middle: { inner: { recursive: init } } };
    const bytes = toBinary(outer, create(outer, init));
    expect(caught(() => codec("Outer").decode(bytes))).toMatchObject({ reason: "too-deep" });
    expect(codec("Outer").decode(new WireReader(bytes, { maxDepth: 200 }))).toBeDefined();
  });
});

describe("names", () => {
  it("keeps lower-case names, camelCases snake_case ones, escapes a global's", () => {
    expect(codec("jsLowerCase").decode(codec("jsLowerCase").encode({ size: 3 }).finish())).toEqual({
      size: 3,
      _unknownFields: {},
    });
    const snake = shapes.snakeCaseMessage as MessageFns<{ snakeField: string; custom: number }>;
    expect(snake.toJSON({ snakeField: "s", custom: 4 })).toEqual({ snakeField: "s", renamed: 4 });
    expect(snake.fromJSON({ snake_field: "t", custom: 5 })).toEqual({ snakeField: "t", custom: 5 });
    expect(codec("Object$").fromPartial({ name: "n" })).toEqual({ name: "n", _unknownFields: {} });
  });

  it("tells apart a local message and an imported one of the same name", () => {
    const value = { item: { id: "remote", rank: 3 }, local: { id: "local" }, color: 1 };
    const init = value;
    expectSameBytes("UsesOther", value, "fixture.shapes.UsesOther", init);
    expect(common.Item.fromPartial({ rank: 1 })).toEqual({ id: "", rank: 1, _unknownFields: {} });
  });

  it("gives an enum declaring -1 no extra member: -1 stands for unrecognized JSON", () => {
    expect(shapes.Signed).not.toHaveProperty("UNRECOGNIZED");
    expect(shapes.signedFromJSON("NOT_A_NAME")).toBe(-1);
    expect(shapes.signedToJSON(42)).toBe("MINUS_ONE");
  });
});

describe("empty messages and google.protobuf.Any", () => {
  it("encode an empty message to nothing and keep what a newer schema put in it", () => {
    expect(codec("Empty").encode(codec("Empty").create()).finish()).toEqual(new Uint8Array(0));
    const newer = new Uint8Array([0x08, 0x01, 0x12, 0x01, 0x61]);
    expect(codec("Empty").encode(codec("Empty").decode(newer)).finish()).toEqual(newer);
  });

  it("carry Any as a message of its own, generated from the well-known type", () => {
    const item = shapes.Item.encode({ id: "x" }).finish().slice();
    const value = {
      value: { typeUrl: "type.googleapis.com/fixture.shapes.Item", value: item },
      values: [{}],
    };
    const init = { value: { typeUrl: value.value.typeUrl, value: item }, values: [{}] };
    const bytes = expectSameBytes("WithAny", value, "fixture.shapes.WithAny", init);
    const decoded = codec("WithAny").decode(bytes);
    expect(shapes.Item.decode(decoded.value.value).id).toBe("x");
    expect(codec("WithAny").toJSON(decoded)).toEqual({
      value: { typeUrl: value.value.typeUrl, value: Buffer.from(item).toString("base64") },
      values: [{}],
    });
    expect(any.protobufPackage).toBe("google.protobuf");
  });
});

describe("unknown fields", () => {
  it("come back byte for byte at their field-number position", () => {
    // Scalars: field 16 (unknown) after 15, field 1 (real), and field 100 group-free unknown bytes
    const known = codec("Scalars")
      .encode(codec("Scalars").fromPartial({ text: "t", blob: new Uint8Array([9]) }))
      .finish();
    const extra = new Uint8Array([0x80, 0x01, 0x05, 0xa2, 0x06, 0x01, 0x7a]); // field 16 varint 5, field 100 "z"
    const input = new Uint8Array([...known, ...extra]);
    const decoded = codec("Scalars").decode(input);
    expect(Object.keys(decoded._unknownFields)).toEqual(["128", "802"]);
    expect(codec("Scalars").encode(decoded).finish()).toEqual(input);
    const reference = fromBinary(desc("fixture.shapes.Scalars"), input);
    expect(hex(toBinary(desc("fixture.shapes.Scalars"), reference))).toBe(hex(input));
  });
});
