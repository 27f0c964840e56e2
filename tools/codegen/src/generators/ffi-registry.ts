import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DescMessage, FileRegistry } from "@bufbuild/protobuf";
import { loadDescriptors } from "../buf.js";
import type { Generator } from "../generator.js";
import { stamp } from "../stamp.js";

export interface FfiRegistryTarget {
  readonly name: string;
  /** The buf module of the OpenIM files, e.g. `proto/openim`. */
  readonly specDir: string;
  /** Full name of the enum naming every FFI function and event. */
  readonly enumName: string;
  /** The generated module, e.g. `packages/openim-types/src/gen/ffi-registry.ts`. */
  readonly outFile: string;
  /** A README whose marked section receives the coverage table (left alone when absent). */
  readonly readme: string;
}

/** One enum value and the payload messages its name implies, when the module declares them. */
export interface FfiEntry {
  readonly name: string;
  readonly funcName: number;
  readonly kind: "none" | "function" | "event";
  readonly request?: DescMessage;
  readonly result?: DescMessage;
}

/**
 * Pairs each value with its payloads by the SDK's naming rule: a function `X` takes `XReq` and
 * answers `XResp`; an event `EventOnY` carries `EventOnYData`. A value counts as mapped only
 * when every message its kind needs exists.
 */
export function ffiEntries(registry: FileRegistry, enumName: string): FfiEntry[] {
  const enumDesc = registry.getEnum(enumName);
  if (!enumDesc) throw new Error(`${enumName} is not in the registry`);
  const messages = new Map<string, DescMessage>();
  for (const file of registry.files) for (const m of file.messages) messages.set(m.name, m);
  return enumDesc.values.map((value) => {
    if (value.number === 0) return { name: value.name, funcName: 0, kind: "none" };
    if (value.name.startsWith("EventOn")) {
      const result = messages.get(`${value.name}Data`);
      return { name: value.name, funcName: value.number, kind: "event", result };
    }
    const request = messages.get(`${value.name}Req`);
    const result = messages.get(`${value.name}Resp`);
    const both = request && result ? { request, result } : {};
    return { name: value.name, funcName: value.number, kind: "function", ...both };
  });
}

const isMapped = (e: FfiEntry) => e.result !== undefined;

/** `message.proto` → `./message.js`, the ts-proto module declaring the message. */
const moduleOf = (m: DescMessage) => `./${m.file.name}.js`;

function importLines(entries: readonly FfiEntry[]): string[] {
  const byModule = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const m of [e.request, e.result]) {
      if (!m) continue;
      const names = byModule.get(moduleOf(m)) ?? new Set<string>();
      byModule.set(moduleOf(m), names.add(m.name));
    }
  }
  return [...byModule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([mod, names]) =>
        `import {\n${[...names]
          .sort()
          .map((n) => `  ${n},\n`)
          .join("")}} from "${mod}";`,
    );
}

function registryRow(e: FfiEntry): string {
  const request = e.request?.name ?? "undefined";
  const result = e.result?.name ?? "undefined";
  return `  ${e.name}: { funcName: ${e.funcName}, kind: "${e.kind}", request: ${request}, result: ${result} },`;
}

const payloadRow = (name: string, message: DescMessage | undefined) =>
  `  ${name}: ${message?.name ?? "Uint8Array"};`;

export function renderRegistry(entries: readonly FfiEntry[], source: string): string {
  const mapped = entries.filter(isMapped).length;
  return `${stamp(source)}
${importLines(entries).join("\n")}
import type { MessageFns } from "./event.js";

/**
 * Every FuncRequestEventName value with the codecs of the payload its name implies:
 * \`request\` for FfiRequest.data, \`result\` for FfiResult.data. ${mapped} of ${entries.length} values are
 * mapped; the others (\`request\` and \`result\` undefined) carry messages declared outside these
 * files, so their payload stays raw bytes.
 */
export const ffiRegistry = {
${entries.map(registryRow).join("\n")}
} as const satisfies Record<string, FfiRegistryEntry>;

export interface FfiRegistryEntry {
  readonly funcName: number;
  readonly kind: "none" | "function" | "event";
  readonly request: MessageFns<any> | undefined;
  readonly result: MessageFns<any> | undefined;
}

/** A FuncRequestEventName member name, e.g. "EventOnRecvNewMessage". */
export type FfiName = keyof typeof ffiRegistry;

/** FfiRequest.data by name: \`XReq\` for a mapped function, raw bytes otherwise. */
export interface FfiRequestPayloads {
${entries.map((e) => payloadRow(e.name, e.request)).join("\n")}
}

/** FfiResult.data by name: \`XResp\` or \`EventOnXData\` when mapped, raw bytes otherwise. */
export interface FfiResultPayloads {
${entries.map((e) => payloadRow(e.name, e.result)).join("\n")}
}
`;
}

export const coverageStart = "<!-- ffi-coverage:start -->";
export const coverageEnd = "<!-- ffi-coverage:end -->";

type Align = "left" | "right";

/** A table laid out the way Biome formats Markdown (padded cells), so `pnpm lint` accepts it. */
function markdownTable(
  header: readonly string[],
  align: readonly Align[],
  rows: readonly string[][],
): string[] {
  const width = (cell: string) => [...cell].length;
  const widths = header.map((h, c) => Math.max(3, width(h), ...rows.map((r) => width(r[c] ?? ""))));
  const pad = (cell: string, c: number) => {
    const fill = " ".repeat((widths[c] ?? 0) - width(cell));
    return align[c] === "right" ? fill + cell : cell + fill;
  };
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(" | ")} |`;
  const rule = widths.map((w, c) => (align[c] === "right" ? `${"-".repeat(w - 1)}:` : "-".repeat(w)));
  return [line(header), `| ${rule.join(" | ")} |`, ...rows.map(line)];
}

export function renderCoverage(entries: readonly FfiEntry[], source: string): string {
  const mapped = entries.filter(isMapped);
  const unmapped = entries.filter((e) => !isMapped(e));
  const functions = mapped.filter((e) => e.kind === "function").length;
  const events = mapped.length - functions;
  const code = (name: string | undefined) => (name ? `\`${name}\`` : "—");
  const mappedTable = markdownTable(
    ["name", "funcName", "request", "result"],
    ["left", "right", "left", "left"],
    mapped.map((e) => [code(e.name), String(e.funcName), code(e.request?.name), code(e.result?.name)]),
  );
  const unmappedTable = markdownTable(
    ["name", "funcName", "kind"],
    ["left", "right", "left"],
    unmapped.map((e) => [code(e.name), String(e.funcName), e.kind]),
  );
  return [
    coverageStart,
    `<!-- Generated by chatwire-codegen from ${source}: edit the generator, not this section. -->`,
    "",
    `**${mapped.length} of ${entries.length}** \`FuncRequestEventName\` values have typed payloads: ` +
      `${functions} functions (\`XReq\` → \`XResp\`) and ${events} events (\`EventOnXData\`). ` +
      `The other **${unmapped.length}** decode with \`data\` as raw bytes: their messages are ` +
      "declared outside the five OpenIM files, and `None` names no function.",
    "",
    "<details><summary>Mapped values</summary>",
    "",
    ...mappedTable,
    "",
    "</details>",
    "",
    "<details><summary>Values whose payload stays bytes</summary>",
    "",
    ...unmappedTable,
    "",
    "</details>",
    coverageEnd,
  ].join("\n");
}

/** Replaces the marked section of a hand-written README, keeping everything around it. */
export function spliceCoverage(readme: string, section: string, path: string): string {
  const start = readme.indexOf(coverageStart);
  const end = readme.indexOf(coverageEnd);
  if (start < 0 || end < start)
    throw new Error(`${path} needs the ${coverageStart} … ${coverageEnd} markers`);
  return readme.slice(0, start) + section + readme.slice(end + coverageEnd.length);
}

export function ffiRegistryGenerator(target: FfiRegistryTarget): Generator {
  return {
    name: target.name,
    ownedDirs: [],
    run({ root }) {
      const entries = ffiEntries(loadDescriptors(root, target.specDir), target.enumName);
      const source = target.specDir;
      const files = new Map([[target.outFile, renderRegistry(entries, source)]]);
      const readmePath = join(root, target.readme);
      if (existsSync(readmePath)) {
        const readme = readFileSync(readmePath, "utf8");
        files.set(target.readme, spliceCoverage(readme, renderCoverage(entries, source), target.readme));
      }
      return files;
    },
  };
}
