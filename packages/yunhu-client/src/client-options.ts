import type { HttpPolicyOptions } from "@chatwire/http-core";
import type { ProtobufDecodeLimits } from "./decode-within-budget.js";

export const defaultBaseUrl = "https://chat-go.jwzhd.com";

export interface YunhuClientOptions extends HttpPolicyOptions {
  /**
   * The user's Yunhu token, sent as the `token` header and only to `baseUrl`'s origin: at least 8
   * visible ASCII characters. Never part of any error or hook event.
   */
  readonly token: string;
  /** Default `https://chat-go.jwzhd.com`; no `user:pass@`. */
  readonly baseUrl?: string;
  /** The `fetch` to use (default: the global one); tests and proxies inject their own. */
  readonly fetch?: typeof globalThis.fetch;
  /** Budget of decoding one protobuf answer: messages and nesting depth. */
  readonly decodeLimits?: ProtobufDecodeLimits;
}
