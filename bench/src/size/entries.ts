// What an application ships for each use the size budgets watch: one entry module per row,
// importing only what that use calls, bundled the way a browser app would be.

export interface SizeEntry {
  /** Row name in the table and key in budgets.ts. */
  readonly name: string;
  /** Source of the entry module; packages resolve to their built `dist`. */
  readonly contents: string;
  /**
   * Measure with code splitting: the entry chunk and the chunks it imports (what loads before
   * anything is called), plus, for each module in `loads` (a path ending, such as
   * `http-core/dist/send-call.js`), the chunk its lazy import became and the chunks that one
   * imports. Without it, the entry is one file with every lazy import inlined.
   */
  readonly split?: { readonly loads?: readonly string[] };
}

const restClient = `import { createRestClient } from "@chatwire/rest-client";
export const make = (options) => createRestClient(options);`;

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
  { name: "createRestClient", contents: restClient },
  { name: "createRestClient (entry chunk)", contents: restClient, split: {} },
  {
    // The first call of a namespace adds the transport's sending code and the namespace's module
    // (its operation rows and validators, with the schemas and valibot they share).
    name: "createRestClient + message.send",
    contents: `import { createRestClient } from "@chatwire/rest-client";
export const send = (options, body) => createRestClient(options).message.send(body);`,
    split: { loads: ["http-core/dist/send-call.js", "rest-client/dist/gen/validators/message.js"] },
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
