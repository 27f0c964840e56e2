import { redactSecrets } from "@chatwire/http-core";
import { findAlteredField } from "./altered-field.js";
import type { ProtobufEndpoint } from "./protobuf-method-types.js";
import { findUndeclaredField } from "./undeclared-field.js";
import { findUnsafeInteger } from "./unsafe-integers.js";
import { YunhuApiError } from "./yunhu-api-error.js";

/**
 * Builds and encodes the request message, refusing (before anything is sent) input the message
 * cannot carry exactly: undeclared fields, values of the wrong type, integers beyond 2^53.
 */
export function encodeProtobufRequest<Req>(
  endpoint: ProtobufEndpoint<Req, unknown>,
  input: unknown,
  token: string,
): Uint8Array {
  const refuse = (detail: string, cause?: unknown) =>
    new YunhuApiError(redactSecrets(`${endpoint.path}: request not sent: ${detail}`, [token]), {
      kind: "request",
      endpoint: endpoint.path,
      ...(cause === undefined ? {} : { cause }),
    });
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw refuse("the request must be an object");
  }
  let message: Req;
  try {
    message = endpoint.request.fromPartial(input as never);
  } catch (error) {
    throw refuse(`invalid request (${(error as Error).message})`, error);
  }
  const undeclared = findUndeclaredField(input, message);
  if (undeclared !== undefined) throw refuse(`${undeclared} is not a field of the request message`);
  let bytes: Uint8Array;
  let echoed: Req;
  try {
    bytes = endpoint.request.encode(message).finish();
    echoed = endpoint.request.decode(bytes);
  } catch (error) {
    // Only a failed encode pays for the walk that finds the usual culprit.
    const unsafe = findUnsafeInteger(message);
    if (unsafe !== undefined) throw refuse(`${unsafe} is beyond 2^53 and cannot be sent exactly`, error);
    throw refuse(`invalid request (${(error as Error).message})`, error);
  }
  // Decoding our own bytes must give the message back; a difference means the encoder coerced
  // a value of the wrong type. The value itself is not echoed: it may be private.
  const altered = findAlteredField(message, echoed);
  if (altered !== undefined) throw refuse(`${altered} has the wrong type or a value its field cannot carry`);
  return bytes;
}
