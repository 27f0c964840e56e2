import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDescriptors } from "../src/buf.js";
import { describeFiles, type WireFile } from "../src/describe-proto.js";
import { repoRoot } from "./copy-repo.js";

// The reference listings sit beside the repository (shared/), not in it: the five files the
// seeds describe, and the eight more of the same upstream revision.
const referenceDir = join(repoRoot, "..", "shared", "reference");
const referenceFiles = ["openim-wire.json", "openim-wire-sdk.json"].map((name) => join(referenceDir, name));
const hasReference = referenceFiles.every((path) => existsSync(path));

describe.skipIf(!hasReference)("proto/openim against the reference wire listings", () => {
  const reference = hasReference
    ? referenceFiles.flatMap(
        (path) => (JSON.parse(readFileSync(path, "utf8")) as { files: WireFile[] }).files,
      )
    : [];
  const names = reference.map((f) => f.file.replace(/\.proto$/, ""));
  const compiled = hasReference ? describeFiles(loadDescriptors(repoRoot, "proto/openim"), names) : [];

  it("covers the same thirteen files", () => {
    expect(names).toEqual([
      "common",
      "shared",
      "message",
      "event",
      "ffi",
      "init",
      "conversation",
      "group",
      "relation",
      "user",
      "third",
      "interop",
      "error",
    ]);
  });

  for (const [index, expected] of reference.entries()) {
    describe(expected.file, () => {
      const actual = () => compiled[index] as WireFile;
      it("has the same package and imports", () => {
        expect(actual().package).toBe(expected.package);
        expect(actual().imports).toEqual(expected.imports);
      });
      it("has every message with identical fields, numbers, types, labels, presence and oneofs, in order", () => {
        expect(actual().messages).toEqual(expected.messages);
      });
      it("has every enum with identical values", () => {
        expect(actual().enums).toEqual(expected.enums);
      });
    });
  }
});
