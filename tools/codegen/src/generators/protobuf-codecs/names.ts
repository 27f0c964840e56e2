import type { DescEnum, DescField, DescFile, DescMessage, DescOneof } from "@bufbuild/protobuf";
import { safeIdentifier } from "@bufbuild/protoplugin";

/**
 * The names generated code uses, as the codecs have always spelled them: nested types joined by
 * `_` (`Msg.Cmd` → `Msg_Cmd`), fields camelCased only when they contain `_` (`msg_id` → `msgId`,
 * `clientMsgID` and `Remark` stay), JSON names as protoc computes them.
 */

/**
 * The TypeScript name of a message or enum: its name, prefixed by the messages it is nested in,
 * each camelCased when it contains `_` (`send_message_send.Data` → `sendMessageSend_Data`).
 */
export function typeName(desc: DescMessage | DescEnum): string {
  const parts: string[] = [camelIfSnake(desc.name)];
  for (let parent = desc.parent; parent !== undefined; parent = parent.parent)
    parts.unshift(camelIfSnake(parent.name));
  return safeIdentifier(parts.join("_"));
}

function snakeToCamel(name: string): string {
  const hasLowerCase = /[a-z]/.test(name);
  return name
    .split("_")
    .map((word, index) => {
      const cased = hasLowerCase ? word : word.toLowerCase();
      return index === 0 ? cased : cased.charAt(0).toUpperCase() + cased.slice(1);
    })
    .join("");
}

const camelIfSnake = (name: string) => (name.includes("_") ? snakeToCamel(name) : name);

/** The property of a field (or of a oneof, or a oneof member's `$case`). */
export function propertyName(desc: DescField | DescOneof): string {
  return camelIfSnake(desc.name);
}

/** The JSON names fromJSON accepts, the first being the one toJSON writes. */
export function jsonNames(field: DescField): string[] {
  return field.jsonName === field.name ? [field.name] : [field.jsonName, field.name];
}

/** `"IMMessage.seq"`: how errors name a field. */
export function fieldPath(field: DescField): string {
  return `${typeName(field.parent)}.${propertyName(field)}`;
}

/** The functions that convert an enum from and to JSON: `sessionTypeFromJSON`, `sessionTypeToJSON`. */
export function enumJsonFunctions(desc: DescEnum): { fromJson: string; toJson: string } {
  const name = typeName(desc);
  const base = name.charAt(0).toLowerCase() + name.slice(1);
  return { fromJson: `${base}FromJSON`, toJson: `${base}ToJSON` };
}

/** The binary module's functions for a message: `encodeIMMessage`, `decodeIMMessage`. */
export function binaryFunctions(desc: DescMessage): { encode: string; decode: string; createBase: string } {
  const name = typeName(desc);
  return { encode: `encode${name}`, decode: `decode${name}`, createBase: `createBase${name}` };
}

/** Repo-relative import paths (protoplugin makes them relative to the importing file). */
export function mainModule(file: DescFile): string {
  return `./${file.name}.js`;
}

export function binaryModule(file: DescFile): string {
  return `./${file.name}.binary.js`;
}

/** The generated file names of a proto file, relative to the output directory. */
export function moduleFiles(file: DescFile): { main: string; binary: string } {
  return { main: `${file.name}.ts`, binary: `${file.name}.binary.ts` };
}
