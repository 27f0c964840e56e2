import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDescriptors } from "../src/buf.js";
import { describeFiles, type WireFile } from "../src/describe-proto.js";
import { repoRoot } from "./copy-repo.js";

// The reference listing sits beside the repository (shared/), not in it.
const referencePath = join(repoRoot, "..", "shared", "reference", "openim-wire.json");
const hasReference = existsSync(referencePath);

describe.skipIf(!hasReference)("proto/openim against the reference wire listing", () => {
  const reference = hasReference
    ? (JSON.parse(readFileSync(referencePath, "utf8")) as { files: WireFile[] }).files
    : [];
  const names = reference.map((f) => f.file.replace(/\.proto$/, ""));
  const compiled = hasReference ? describeFiles(loadDescriptors(repoRoot, "proto/openim"), names) : [];

  it("covers the same five files", () => {
    expect(names).toEqual(["common", "shared", "message", "event", "ffi"]);
  });

  for (const [index, expected] of reference.entries()) {
    describe(expected.file, () => {
      const actual = () => compiled[index] as WireFile;
      it("has the same package and imports", () => {
        expect(actual().package).toBe(expected.package);
        expect(actual().imports).toEqual(expected.imports);
      });
      it("has every message with identical fields, numbers, types, labels and oneofs, in order", () => {
        expect(actual().messages).toEqual(expected.messages);
      });
      it("has every enum with identical values", () => {
        expect(actual().enums).toEqual(expected.enums);
      });
    });
  }
});
