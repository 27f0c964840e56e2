import { readdirSync, readFileSync } from "node:fs";

const binDir = new URL("../golden/bin/", import.meta.url);

/** Bytes that protoc encoded from test/golden/txtpb/<name>.txtpb. */
export function vector(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`${name}.bin`, binDir)));
}

export function vectorNames(): string[] {
  return readdirSync(binDir)
    .filter((f) => f.endsWith(".bin"))
    .map((f) => f.slice(0, -".bin".length))
    .sort();
}
