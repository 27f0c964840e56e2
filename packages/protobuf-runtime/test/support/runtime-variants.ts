// The runtime loaded again under another global `Buffer`: its modules look for Buffer and for
// Node's own UTF-8 routines once, when loaded, so each string path is reached by loading it anew.
import { vi } from "vitest";

type Runtime = typeof import("../../src/index.js");
type NativeUtf8 = typeof import("../../src/native-utf8.js");
type NodeBuffer = typeof import("../../src/node-buffer.js");

export interface RuntimeVariant {
  runtime: Runtime;
  native: NativeUtf8;
  nodeBuffer: NodeBuffer;
}

const RealBuffer = Buffer;

/**
 * Node's Buffer with only its documented methods in reach: a prototype without `utf8Slice` and
 * `utf8Write`, as on a platform whose Buffer lacks them (or whose routines fail the probe).
 */
export const documentedBufferOnly = {
  from: (memory: ArrayBufferLike) => RealBuffer.from(memory),
  isBuffer: (value: unknown) => RealBuffer.isBuffer(value),
  prototype: {},
};

/** The runtime as loaded where the global `Buffer` is `buffer` (undefined: as in a browser). */
export async function runtimeWithBuffer(buffer: unknown): Promise<RuntimeVariant> {
  vi.stubGlobal("Buffer", buffer);
  vi.resetModules();
  try {
    return {
      runtime: await import("../../src/index.js"),
      native: await import("../../src/native-utf8.js"),
      nodeBuffer: await import("../../src/node-buffer.js"),
    };
  } finally {
    vi.unstubAllGlobals();
  }
}
