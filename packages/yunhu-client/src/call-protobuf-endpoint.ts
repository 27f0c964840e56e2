import { type CallOptions, faultFromError, faultFromResponse } from "@chatwire/http-core";
import type { ClientContext } from "./client-context.js";
import { decodeProtobufAnswer, type RawAnswer } from "./decode-protobuf-answer.js";
import { encodeProtobufRequest } from "./encode-protobuf-request.js";
import { protobufMediaType } from "./protobuf-media-type.js";
import type { ProtobufEndpoint } from "./protobuf-method-types.js";
import { runCall } from "./run-call.js";

/**
 * One protobuf call: encode the request message, POST it with the token header, decode the
 * answer with the rpc's response type. Every endpoint of the generated table goes through here.
 */
export async function callProtobufEndpoint<Req, Res>(
  context: ClientContext,
  endpoint: ProtobufEndpoint<Req, Res>,
  request: unknown,
  options?: CallOptions,
): Promise<Res> {
  // The writer always allocates a plain ArrayBuffer; the lib types only cannot tell.
  const body = encodeProtobufRequest(endpoint, request, context.token) as Uint8Array<ArrayBuffer>;
  const url = context.baseUrl + endpoint.path;
  const headers = { "content-type": protobufMediaType, accept: protobufMediaType, token: context.token };
  const answer = await runCall(context, endpoint, options, async (signal): Promise<RawAnswer> => {
    let response: Response;
    try {
      // The encoded bytes are immutable, so every attempt sends the same body intact.
      response = await context.fetch(url, { method: "POST", headers, body, signal });
    } catch (error) {
      throw faultFromError(error, signal);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw faultFromResponse(response);
    }
    try {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, contentType: response.headers.get("content-type") ?? "", bytes };
    } catch (error) {
      throw faultFromError(error, signal);
    }
  });
  return decodeProtobufAnswer(endpoint, answer, context.token);
}
