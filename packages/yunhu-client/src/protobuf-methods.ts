import type { CallOptions } from "@chatwire/http-core";
import { callProtobufEndpoint } from "./call-protobuf-endpoint.js";
import type { ClientContext } from "./client-context.js";
import type { ProtobufEndpoint } from "./protobuf-method-types.js";
import { withMessageId } from "./send-message-id.js";

export type ProtobufMethod = (request: unknown, options?: CallOptions) => Promise<unknown>;

/**
 * One method per row of an endpoint table, named by its key. `sendMessage` additionally gets a
 * msgId before the first attempt and reports it with the response.
 */
export function buildProtobufMethods(
  context: ClientContext,
  table: Readonly<Record<string, ProtobufEndpoint<unknown, unknown>>>,
): Record<string, ProtobufMethod> {
  const methods: Record<string, ProtobufMethod> = {};
  for (const [name, endpoint] of Object.entries(table)) {
    methods[name] =
      name === "sendMessage"
        ? async (request, options) => {
            const withId = withMessageId(request);
            const response = await callProtobufEndpoint(context, endpoint, withId, options);
            return { ...(response as object), msgId: withId.msgId };
          }
        : (request, options) => callProtobufEndpoint(context, endpoint, request, options);
  }
  return methods;
}
