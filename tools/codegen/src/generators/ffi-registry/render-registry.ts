import type { DescFile, DescMessage } from "@bufbuild/protobuf";
import { stamp } from "../../stamp.js";
import { typeName } from "../protobuf-codecs/names.js";
import type { FfiEntry } from "./ffi-mapping.js";

/** The namespace a generated module is imported as: `conversation`, `google_protobuf_any`. */
const namespaceOf = (file: DescFile) => file.name.replace(/[^A-Za-z0-9_$]/g, "_");

/** `conversation.GetAllConversationListReq`: the codec (or, in a type position, the interface). */
const reference = (message: DescMessage | undefined) =>
  message === undefined ? "undefined" : `${namespaceOf(message.file)}.${typeName(message)}`;

function importLines(entries: readonly FfiEntry[]): string[] {
  const files = new Map<string, DescFile>();
  for (const entry of entries) {
    for (const message of [entry.request, entry.result])
      if (message) files.set(message.file.name, message.file);
  }
  return [...files.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((file) => `import * as ${namespaceOf(file)} from "./${file.name}.js";`);
}

function registryRow(entry: FfiEntry): string {
  const fields = [
    `funcName: ${entry.funcName}`,
    `kind: "${entry.kind}"`,
    `registered: ${entry.registered}`,
    `request: ${reference(entry.request)}`,
    `result: ${reference(entry.result)}`,
  ];
  return `  ${entry.name}: { ${fields.join(", ")} },`;
}

const payloadRow = (name: string, message: DescMessage | undefined, otherwise: string) =>
  `  ${name}: ${message === undefined ? otherwise : reference(message)};`;

/** The registry module: one row per value, its payload codecs, and the payload types by name. */
export function renderRegistry(entries: readonly FfiEntry[], source: string): string {
  const typed = entries.filter((entry) => entry.result !== undefined).length;
  return `${stamp(source)}
import type { MessageFns } from "@chatwire/protobuf-runtime";
${importLines(entries).join("\n")}

/**
 * Every FuncRequestEventName value that names something (all but None), with the codecs of the
 * payloads the core pairs it with: \`request\` for FfiRequest.data, \`result\` for FfiResult.data.
 * ${typed} of ${entries.length} values are typed; the others (\`request\` and \`result\` undefined) carry raw
 * bytes. \`kind\` says who speaks first: "function" (the host calls the core), "event" (the core tells
 * the host), "interop" (the core calls the host, in the WebAssembly build). \`registered\` is false
 * for a function the core does not answer.
 */
export const ffiRegistry = {
${entries.map(registryRow).join("\n")}
} as const satisfies Record<string, FfiRegistryEntry>;

/** One row of \`ffiRegistry\`: how a FuncRequestEventName member is called and what it carries. */
export interface FfiRegistryEntry {
  /** The member's FuncRequestEventName number, sent as \`FfiRequest.funcName\`. */
  readonly funcName: number;
  /** A function the host calls, an event the core sends, or a call the core makes to the host. */
  readonly kind: "function" | "event" | "interop";
  /** False for a function the core does not answer. */
  readonly registered: boolean;
  /** The codec of the request payload, or undefined when the call takes none. */
  readonly request: MessageFns<any> | undefined;
  /** The codec of the result (or event) payload, or undefined when it carries none. */
  readonly result: MessageFns<any> | undefined;
}

/** A FuncRequestEventName member name, e.g. "EventOnRecvNewMessage". */
export type FfiName = keyof typeof ffiRegistry;

type NamesOfKind<K extends FfiRegistryEntry["kind"]> = {
  [N in FfiName]: (typeof ffiRegistry)[N]["kind"] extends K ? N : never;
}[FfiName];

/** The functions the host calls, e.g. "Login". */
export type FfiFunctionName = NamesOfKind<"function">;
/** The events the core sends, e.g. "EventOnRecvNewMessage". */
export type FfiEventName = NamesOfKind<"event">;
/** The calls the core makes to the host in the WebAssembly build, e.g. "JsFileOpen". */
export type FfiInteropName = NamesOfKind<"interop">;

/** FfiRequest.data by name: the request message, raw bytes without one, never for an event. */
export interface FfiRequestPayloads {
${entries.map((entry) => payloadRow(entry.name, entry.request, entry.kind === "event" ? "never" : "Uint8Array")).join("\n")}
}

/** FfiResult.data by name: the result message (\`XResp\`, \`EventOnXData\`, \`jsXResp\`), raw bytes without one. */
export interface FfiResultPayloads {
${entries.map((entry) => payloadRow(entry.name, entry.result, "Uint8Array")).join("\n")}
}
`;
}
