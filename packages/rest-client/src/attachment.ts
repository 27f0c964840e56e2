import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { components } from "./gen/maxim-message.js";
import { openApiDocument } from "./gen/maxim-message.openapi.js";

/**
 * The media descriptor of an image, voice, video or file message. The server sends it
 * JSON-encoded in `attachment`; keys beyond the known ones are kept when parsing.
 */
export type Attachment = components["schemas"]["AttachmentInfo"] & { readonly [key: string]: unknown };

/** Raised when an attachment, given or received, does not match `AttachmentInfo`. */
export class AttachmentError extends TypeError {
  override readonly name = "AttachmentError";
}

let validator: ValidateFunction | undefined;

/** Compiled on first use, from the schema in the OpenAPI document, so the two cannot drift. */
function validateAttachmentInfo(value: unknown): readonly ErrorObject[] {
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(
    openApiDocument.components.schemas.AttachmentInfo,
  );
  return validator(value) ? [] : (validator.errors ?? []);
}

function check(value: unknown, what: string): asserts value is Attachment {
  const errors = validateAttachmentInfo(value);
  if (errors.length > 0) {
    const details = errors
      .map((error) => `${error.instancePath || "attachment"} ${error.message}`)
      .join("; ");
    throw new AttachmentError(`${what}: ${details}`);
  }
}

/** Encodes an attachment for a message body, rejecting a missing `url` or mistyped fields. */
export function buildAttachment(attachment: Attachment): string {
  check(attachment, "invalid attachment");
  return JSON.stringify(attachment);
}

/** Decodes the `attachment` string of a received message. */
export function parseAttachment(text: string): Attachment {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AttachmentError(`attachment is not JSON: ${(error as Error).message}`, { cause: error });
  }
  check(value, "malformed attachment");
  return value;
}
