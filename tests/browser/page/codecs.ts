// Round trips through the generated codecs: decode bytes, encode the result again. The same
// functions run in the page and in Node, and the tests compare both with protoc's bytes.
import * as openim from "@chatwire/openim-types";
import { msg } from "@chatwire/yunhu-client";
import { type ErrorFacts, errorFacts } from "./error-facts.js";

interface Codec {
  decode(bytes: Uint8Array): unknown;
  encode(value: unknown): { finish(): Uint8Array };
  toJSON(value: unknown): unknown;
}

/** A round trip's outcome: the re-encoded bytes and the decoded value as proto3 JSON. */
export interface RoundTrip {
  readonly bytes: number[];
  readonly json: unknown;
}

/** `type` is `<module>.<Message>` for OpenIM (`shared.IMMessage`) and `msg.<codec>` for Yunhu. */
function codecOf(type: string): Codec {
  const [module, name] = type.split(".") as [string, string];
  const namespace = (module === "msg" ? { msg } : openim) as unknown as Record<string, Record<string, Codec>>;
  const codec = namespace[module]?.[name];
  if (codec === undefined) throw new Error(`no codec ${type}`);
  return codec;
}

/** Decodes `bytes` as `type` and encodes the result again. */
export function roundTrip(type: string, bytes: number[]): RoundTrip {
  const codec = codecOf(type);
  const decoded = codec.decode(new Uint8Array(bytes));
  return { bytes: Array.from(codec.encode(decoded).finish()), json: codec.toJSON(decoded) };
}

/** What decoding `bytes` as `type` throws. */
export function decodeFailure(type: string, bytes: number[]): Promise<ErrorFacts> {
  return errorFacts(() => codecOf(type).decode(new Uint8Array(bytes)), openim.ProtobufDecodeError);
}
