import type { DescMessage, FileRegistry } from "@bufbuild/protobuf";
import { parseDocument } from "yaml";

/** One FuncRequestEventName value and the payload messages the core pairs it with. */
export interface FfiEntry {
  readonly name: string;
  readonly funcName: number;
  /** function: the host calls the core; event: the core tells the host; interop: the core calls the host. */
  readonly kind: "function" | "event" | "interop";
  /** False for a function the core does not answer. */
  readonly registered: boolean;
  readonly request?: DescMessage;
  readonly result?: DescMessage;
  /** Why the payload stays raw bytes, for a value without messages. */
  readonly raw?: string;
}

/** What the mapping file holds, once read: the enum and an entry for every value but `none`. */
export interface FfiMapping {
  readonly enumName: string;
  readonly none: readonly string[];
  readonly entries: readonly FfiEntry[];
}

const kinds = { functions: "function", events: "event", interop: "interop" } as const;
type Section = keyof typeof kinds;

class MappingError extends Error {
  constructor(path: string, detail: string) {
    super(`${path}: ${detail}`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads the mapping file (ffi-mapping.yaml beside the protos) and checks it against the compiled
 * descriptors: the enum exists, every value is listed exactly once, every message it names
 * exists, every entry has a request and result (an event: a result) or says why it is raw.
 * Entries come back in the enum's declaration order.
 */
export function readFfiMapping(text: string, path: string, registry: FileRegistry): FfiMapping {
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) throw new MappingError(path, document.errors[0]?.message ?? "invalid YAML");
  const root: unknown = document.toJS();
  if (!isRecord(root)) throw new MappingError(path, "expected a mapping at the top level");
  const enumName = root.enum;
  if (typeof enumName !== "string")
    throw new MappingError(path, "`enum` must name the FuncRequestEventName enum");
  const enumDesc = registry.getEnum(enumName);
  if (enumDesc === undefined) throw new MappingError(path, `enum ${enumName} is not in the protos`);
  const numbers = new Map(enumDesc.values.map((value) => [value.name, value.number]));

  const seen = new Map<string, string>();
  const claim = (name: string, where: string) => {
    if (!numbers.has(name)) throw new MappingError(path, `${where}.${name} is not a value of ${enumName}`);
    const earlier = seen.get(name);
    if (earlier !== undefined)
      throw new MappingError(path, `${name} is mapped twice (${earlier} and ${where})`);
    seen.set(name, where);
  };
  const message = (typeName: unknown, where: string): DescMessage => {
    if (typeof typeName !== "string") throw new MappingError(path, `${where} must be a message's full name`);
    const desc = registry.getMessage(typeName);
    if (desc === undefined)
      throw new MappingError(path, `${where}: ${typeName} is not a message in the protos`);
    return desc;
  };

  const none = typeof root.none === "string" ? [root.none] : Array.isArray(root.none) ? root.none : [];
  for (const name of none) claim(String(name), "none");

  const byName = new Map<string, FfiEntry>();
  for (const section of Object.keys(kinds) as Section[]) {
    const values = root[section] ?? {};
    if (!isRecord(values))
      throw new MappingError(path, `\`${section}\` must map value names to their messages`);
    for (const [name, spec] of Object.entries(values)) {
      claim(name, section);
      const where = `${section}.${name}`;
      const funcName = numbers.get(name) as number;
      const kind = kinds[section];
      if (section === "events" && typeof spec === "string") {
        byName.set(name, { name, funcName, kind, registered: true, result: message(spec, where) });
        continue;
      }
      if (!isRecord(spec)) throw new MappingError(path, `${where} must give request and result, or raw`);
      const unknownKeys = Object.keys(spec).filter(
        (key) => !["request", "result", "raw", "registered"].includes(key),
      );
      if (unknownKeys.length > 0)
        throw new MappingError(path, `${where} has unknown keys: ${unknownKeys.join(", ")}`);
      const registered = spec.registered ?? true;
      if (typeof registered !== "boolean")
        throw new MappingError(path, `${where}.registered must be true or false`);
      if (spec.raw !== undefined) {
        if (typeof spec.raw !== "string" || spec.raw.trim() === "") {
          throw new MappingError(path, `${where}.raw must say why the payload stays bytes`);
        }
        if (spec.request !== undefined || spec.result !== undefined) {
          throw new MappingError(path, `${where} is raw and names messages: choose one`);
        }
        byName.set(name, { name, funcName, kind, registered, raw: spec.raw });
        continue;
      }
      if (!registered)
        throw new MappingError(path, `${where} is not registered, so it has no messages: say why in raw`);
      const request = section === "events" ? undefined : message(spec.request, `${where}.request`);
      byName.set(name, {
        name,
        funcName,
        kind,
        registered,
        request,
        result: message(spec.result, `${where}.result`),
      });
    }
  }

  const missing = enumDesc.values.filter((value) => !seen.has(value.name)).map((value) => value.name);
  if (missing.length > 0)
    throw new MappingError(path, `values missing from the mapping: ${missing.join(", ")}`);
  return {
    enumName,
    none: none.map(String),
    entries: enumDesc.values.flatMap((value) => byName.get(value.name) ?? []),
  };
}
