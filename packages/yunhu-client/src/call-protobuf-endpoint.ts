import type { CallOptions } from "@chatwire/http-core";
import type { ClientContext } from "./client-context.js";
import { decodeProtobufAnswer } from "./decode-protobuf-answer.js";
import { encodeProtobufRequest } from "./encode-protobuf-request.js";
import { protobufMediaType } from "./protobuf-media-type.js";
import type { ProtobufEndpoint } from "./protobuf-method-types.js";
import { isYunhuApiError } from "./yunhu-api-error.js";

/**
 * One protobuf call: encode the request message, POST it with the token header through the
 * client's transport (redirect rule, budget, deadlines, retries only where the rpc is
 * idempotent), decode the answer with the rpc's response type. Every endpoint of the generated
 * table goes through here.
 */
export async function callProtobufEndpoint<Req, Res>(
  context: ClientContext,
  endpoint: ProtobufEndpoint<Req, Res>,
  request: unknown,
  options?: CallOptions,
): Promise<Res> {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = encodeProtobufRequest(context, endpoint, request);
  } catch (error) {
    // Whatever went wrong before sending, the caller gets the client's error, never a raw one.
    throw isYunhuApiError(error)
      ? error
      : context.refuse(endpoint.path, "the request could not be encoded", error);
  }
  return context.http.call(
    {
      operation: endpoint.path,
      method: "POST",
      path: endpoint.path,
      headers: { "content-type": protobufMediaType, accept: protobufMediaType, token: context.token },
      // The encoded bytes are never changed, so every attempt and redirect sends them intact.
      body,
      repeatable: endpoint.idempotent,
      read: (answer) =>
        decodeProtobufAnswer(endpoint as ProtobufEndpoint<unknown, Res>, answer, context.decodeLimits),
    },
    options,
  );
}
