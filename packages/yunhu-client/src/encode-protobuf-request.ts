import { findAlteredField } from "./altered-field.js";
import type { ClientContext } from "./client-context.js";
import type { ProtobufEndpoint } from "./protobuf-method-types.js";
import { findMisfitField, findMistypedField } from "./request-shape.js";
import { findUnsafeInteger } from "./unsafe-integers.js";

/**
 * Builds and encodes the request message, refusing (before anything is sent) input the message
 * cannot carry exactly: undeclared fields, values of the wrong type, integers beyond 2^53.
 * Values are never echoed in the refusal: they may be private.
 */
export function encodeProtobufRequest<Req>(
  context: ClientContext,
  endpoint: ProtobufEndpoint<Req, unknown>,
  input: unknown,
): Uint8Array<ArrayBuffer> {
  const refuse = (detail: string, cause?: unknown) => context.refuse(endpoint.path, detail, cause);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw refuse("the request must be an object");
  }
  const mistyped = findMistypedField(input as Record<string, unknown>, (partial) =>
    endpoint.request.fromPartial(partial as never),
  );
  if (mistyped !== undefined) throw refuse(mistyped);
  let message: Req;
  try {
    message = endpoint.request.fromPartial(input as never);
  } catch (error) {
    throw refuse("a field has a value of the wrong type", error);
  }
  const misfit = findMisfitField(input, message);
  if (misfit !== undefined) throw refuse(misfit);
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
  // a value of the wrong type.
  const altered = findAlteredField(message, echoed);
  if (altered !== undefined) throw refuse(`${altered} has the wrong type or a value its field cannot carry`);
  // The writer allocates a plain ArrayBuffer; the lib types only cannot tell.
  return bytes as Uint8Array<ArrayBuffer>;
}
