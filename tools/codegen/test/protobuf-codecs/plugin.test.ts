// Which files a run generates: those asked for and, transitively, those declaring the types
// their fields use (google/protobuf/any.proto here), but not option-only imports.
import { describe, expect, it } from "vitest";
import { loadDescriptors } from "../../src/buf.js";
import { filesToGenerate } from "../../src/generators/protobuf-codecs/plugin.js";
import { repoRoot } from "../copy-repo.js";
import { fixtureRegistry } from "./fixture.js";

describe("filesToGenerate", () => {
  it("adds the files whose types the selected ones use", () => {
    const registry = fixtureRegistry();
    const all = [...registry.files];
    const shapes = registry.getFile("shapes.proto")!;
    expect(
      filesToGenerate(all, [shapes])
        .map((file) => file.name)
        .sort(),
    ).toEqual(["common_types", "google/protobuf/any", "shapes"]);
    expect(filesToGenerate(all, [registry.getFile("common_types.proto")!]).map((file) => file.name)).toEqual([
      "common_types",
    ]);
  });

  it("leaves out a file imported only for its options", () => {
    const registry = loadDescriptors(repoRoot, "proto/yunhu");
    const generated = filesToGenerate([...registry.files], [registry.getFile("v1/msg.proto")!]);
    expect(generated.map((file) => file.name)).toEqual(["v1/msg"]);
  });
});
