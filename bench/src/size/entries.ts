// What an application ships for each use the size budgets watch: one entry module per row,
// importing only what that use calls, bundled the way a browser app would be.

export interface SizeEntry {
  /** Row name in the table and key in budgets.ts. */
  readonly name: string;
  /** Source of the entry module; packages resolve to their built `dist`. */
  readonly contents: string;
}

export const sizeEntries: readonly SizeEntry[] = [
  {
    name: "IMMessage encode+decode (./shared)",
    contents: `import { IMMessage } from "@chatwire/openim-types/shared";
export const roundTrip = (b) => IMMessage.encode(IMMessage.decode(b)).finish();`,
  },
  {
    name: "IMMessage encode+decode (./binary)",
    contents: `import { decodeIMMessage, encodeIMMessage } from "@chatwire/openim-types/binary";
export const roundTrip = (b) => encodeIMMessage(decodeIMMessage(b)).finish();`,
  },
  {
    name: "createYunhuClient",
    contents: `import { createYunhuClient } from "@chatwire/yunhu-client";
export const make = (options) => createYunhuClient(options);`,
  },
  {
    name: "createRestClient",
    contents: `import { createRestClient } from "@chatwire/rest-client";
export const make = (options) => createRestClient(options);`,
  },
  {
    name: "FFI envelope",
    contents: `import { decodeFfiRequest, decodeFfiResult, encodeFfiRequest, encodeFfiResult } from "@chatwire/openim-types";
export { decodeFfiRequest, decodeFfiResult, encodeFfiRequest, encodeFfiResult };`,
  },
  {
    name: "createOpenImSdk",
    contents: `import { createOpenImSdk } from "@chatwire/openim-types/sdk";
export const make = (options) => createOpenImSdk(options);`,
  },
];
