import type { CallOptions } from "@chatwire/http-core";
import { callProtobufEndpoint } from "./call-protobuf-endpoint.js";
import type { ClientContext } from "./client-context.js";
import type { EndpointTable } from "./load-protobuf-endpoints.js";
import type { ProtobufEndpoint } from "./protobuf-method-types.js";
import { withMessageId } from "./send-message-id.js";

export type ProtobufMethod = (request: unknown, options?: CallOptions) => Promise<unknown>;

/**
 * One method per endpoint name, its row looked up in the table `load` resolves (once per client).
 * `sendMessage` additionally gets a msgId before the first attempt and reports it with the response.
 */
export function buildProtobufMethods(
  context: ClientContext,
  names: readonly string[],
  load: () => Promise<EndpointTable>,
): Record<string, ProtobufMethod> {
  let loaded: EndpointTable | undefined;
  const methods: Record<string, ProtobufMethod> = {};
  for (const name of names) {
    const call = (table: EndpointTable, request: unknown, options?: CallOptions) =>
      callProtobufEndpoint(context, table[name] as ProtobufEndpoint<unknown, unknown>, request, options);
    // Once the table is here, a call goes straight on, without waiting a turn for a settled promise.
    const perform: ProtobufMethod = (request, options) =>
      loaded === undefined
        ? load().then((table) => {
            loaded = table;
            return call(table, request, options);
          })
        : call(loaded, request, options);
    methods[name] =
      name === "sendMessage"
        ? async (request, options) => {
            const withId = withMessageId(request);
            const response = await perform(withId, options);
            return { ...(response as object), msgId: withId.msgId };
          }
        : perform;
  }
  return methods;
}
