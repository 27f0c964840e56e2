import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Generator } from "../generator.js";
import type { JsonObject } from "../maxim/json-node.js";
import { renderComponentModule } from "./maxim-validators.js";

export interface MaximAttachmentTarget {
  readonly name: string;
  /** The spec holding the component, e.g. `openapi/maxim/message.yaml`. */
  readonly spec: string;
  readonly component: string;
  readonly outFile: string;
  /** The hand-written building blocks, relative to the generated file. */
  readonly primitives: string;
}

/** The validator of one component (the media descriptor inside a message's `attachment` string). */
export function maximAttachmentGenerator(target: MaximAttachmentTarget): Generator {
  return {
    name: target.name,
    ownedDirs: [],
    run({ root }) {
      const document = parse(readFileSync(join(root, target.spec), "utf8")) as JsonObject;
      const schemas = (document.components as JsonObject).schemas as JsonObject;
      return new Map([
        [target.outFile, renderComponentModule(schemas, [target.component], target.spec, target.primitives)],
      ]);
    },
  };
}
