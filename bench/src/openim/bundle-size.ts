// Gzipped size of a minified bundle whose only job is IMMessage encode + decode.
import { fileURLToPath } from "node:url";
import { gzippedSize } from "../size/measure.js";

const entries: Record<string, string> = {
  // The binary entry point: encode/decode as plain functions, without the JSON methods.
  "chatwire (./binary)": `import { decodeIMMessage, encodeIMMessage } from "@chatwire/openim-types/binary";
export const roundTrip = (b) => encodeIMMessage(decodeIMMessage(b)).finish();`,
  // The const codec object, which carries fromJSON/toJSON/fromPartial along.
  "chatwire (./shared)": `import { IMMessage } from "@chatwire/openim-types/shared";
export const roundTrip = (b) => IMMessage.encode(IMMessage.decode(b)).finish();`,
  protobufjs: `import { openim } from "./peers/protobufjs/openim.js";
const T = openim.sdk.shared.IMMessage;
export const roundTrip = (b) => T.encode(T.decode(b)).finish();`,
  "protobuf-es": `import { fromBinary, toBinary } from "@bufbuild/protobuf";
import { IMMessageSchema } from "./peers/es/shared_pb.js";
export const roundTrip = (b) => toBinary(IMMessageSchema, fromBinary(IMMessageSchema, b));`,
};

export async function gzippedBundleSizes(): Promise<Record<string, number>> {
  const resolveDir = fileURLToPath(new URL(".", import.meta.url));
  const sizes: Record<string, number> = {};
  for (const [name, contents] of Object.entries(entries)) {
    sizes[name] = await gzippedSize({ name, contents }, resolveDir);
  }
  return sizes;
}
