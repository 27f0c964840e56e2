import type { DescEnum, DescEnumValue, DescField, DescMessage, DescOneof } from "@bufbuild/protobuf";
import { getComments } from "@bufbuild/protoplugin";
import { docComment } from "./print-context.js";

/** The proto source's comments on an element (leading, then trailing), as a JSDoc block. */
export function commentOf(
  desc: DescMessage | DescEnum | DescEnumValue | DescField | DescOneof,
  indent = "",
): string {
  const { leading, trailing } = getComments(desc);
  const text = [leading, trailing]
    .map((part) => part?.trim())
    .filter((part) => part)
    .join("\n\n");
  return docComment(text, indent);
}
