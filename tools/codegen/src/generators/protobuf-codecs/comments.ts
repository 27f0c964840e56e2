import type {
  DescEnum,
  DescEnumValue,
  DescField,
  DescFile,
  DescMessage,
  DescOneof,
} from "@bufbuild/protobuf";
import { getComments } from "@bufbuild/protoplugin";
import { docComment } from "./print-context.js";

/** The proto source's comments on an element (leading, then trailing), as text. */
function protoCommentText(desc: DescMessage | DescEnum | DescEnumValue | DescField | DescOneof): string {
  const { leading, trailing } = getComments(desc);
  return [leading, trailing]
    .map((part) => part?.trim())
    .filter((part) => part)
    .join("\n\n");
}

/** The proto source's comments on an element (leading, then trailing), as a JSDoc block. */
export function commentOf(
  desc: DescMessage | DescEnum | DescEnumValue | DescField | DescOneof,
  indent = "",
): string {
  return docComment(protoCommentText(desc), indent);
}

/**
 * The doc comment of an exported declaration: the proto source's own comment when it has one,
 * otherwise `fallback`, a line derived from the descriptor. The API reference requires one on
 * every export.
 */
function documented(desc: DescMessage | DescEnum, fallback: string): string {
  return docComment(protoCommentText(desc) || fallback);
}

const origin = (desc: DescMessage | DescEnum) =>
  `\`${desc.typeName}\`, ${desc.kind === "message" ? "a message" : "an enum"} of \`${desc.file.proto.name}\`.`;

/** The doc comment of `interface X` and of `enum X`. */
export const declarationDoc = (desc: DescMessage | DescEnum): string => documented(desc, origin(desc));

/** The doc comment of the `const X` codec object of a message. */
export const codecDoc = (message: DescMessage): string =>
  docComment(
    `Codec of \`${message.typeName}\`: binary \`encode\`/\`decode\`, \`fromJSON\`/\`toJSON\` (proto3 JSON), \`create\`/\`fromPartial\`.`,
  );

/** The doc comments of `encodeX` and `decodeX`. */
export const encodeDoc = (message: DescMessage): string =>
  docComment(
    `Writes a \`${message.typeName}\` in the protobuf binary format; unknown fields go back at their numbers.`,
  );
export const decodeDoc = (message: DescMessage): string =>
  docComment(
    `Reads a \`${message.typeName}\` from the protobuf binary format (the whole input, or \`length\` bytes of a reader); unknown fields are kept.`,
  );

/** The doc comments of an enum's JSON conversions. */
export const enumFromJsonDoc = (desc: DescEnum, unrecognized: string): string =>
  docComment(
    `The \`${desc.typeName}\` member a JSON name or number stands for; \`${unrecognized}\` for anything the schema does not name.`,
  );
export const enumToJsonDoc = (desc: DescEnum, unrecognized: string): string =>
  docComment(
    `The JSON name of a member of \`${desc.typeName}\`; \`"${unrecognized}"\` for a number the schema does not name.`,
  );

/** The doc comments of a module's `protobufPackage` and `protobufFileName`. */
export const packageDoc = (file: DescFile): string =>
  docComment(`The proto package of \`${file.proto.name}\`: \`${file.proto.package}\`.`);
export const fileNameDoc = (file: DescFile): string =>
  docComment(`The proto file this module is generated from: \`${file.proto.name}\`.`);
