import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { protobufEndpoints } from "../src/index.js";
import { goldenExpectations } from "./golden-expectations.js";

// .txtpb inputs and .bin outputs of protoc (Google's implementation), made by golden/make-vectors.sh.
const dir = join(import.meta.dirname, "golden");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txtpb"))
  .map((f) => f.slice(0, -".txtpb".length))
  .sort();

const declaredType = (name: string) =>
  /^# proto-message: *(\S+)/m.exec(readFileSync(join(dir, `${name}.txtpb`), "utf8"))?.[1];
const protocBytes = (name: string) => new Uint8Array(readFileSync(join(dir, `${name}.bin`)));

describe("golden vectors encoded by protoc", () => {
  it("pairs every vector file with an expectation and vice versa", () => {
    expect(names).toEqual(Object.keys(goldenExpectations).sort());
  });

  it("covers the request message of every endpoint in the generated table", () => {
    const covered = new Set(Object.values(goldenExpectations).map((e) => e.codec));
    for (const endpoint of Object.values(protobufEndpoints)) expect(covered.has(endpoint.request)).toBe(true);
  });

  describe.each(names)("%s", (name) => {
    const expectation = goldenExpectations[name]!;
    const { codec } = expectation;

    it("names the same message type as the expectation", () => {
      expect(declaredType(name)).toBe(expectation.type);
    });

    it("encodes to exactly the bytes protoc wrote", () => {
      const ours = codec.encode(codec.fromPartial(expectation.value)).finish();
      expect(Buffer.from(ours).toString("hex")).toBe(Buffer.from(protocBytes(name)).toString("hex"));
    });

    it("decodes protoc's bytes to the expected message", () => {
      expect(codec.decode(protocBytes(name))).toEqual(codec.fromPartial(expectation.value));
    });
  });
});
