import type * as v from "valibot";
import type { AttachmentInfo } from "./gen/maxim-attachment.js";
import { attachmentProblem } from "./validation/attachment-problem.js";

/**
 * The media descriptor of an image, voice, video or file message. The server sends it
 * JSON-encoded in `attachment`; keys beyond the known ones are kept when parsing.
 */
export type Attachment = v.InferOutput<typeof AttachmentInfo> & { readonly [key: string]: unknown };

/** Raised when an attachment, given or received, does not match `AttachmentInfo`. */
export class AttachmentError extends TypeError {
  override readonly name = "AttachmentError";
}

function check(value: unknown, what: string): asserts value is Attachment {
  const problem = attachmentProblem(value);
  if (problem) throw new AttachmentError(`${what}: ${problem}`);
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
  } catch {
    // The parser's own message quotes the text; say where instead.
    throw new AttachmentError("attachment is not valid JSON");
  }
  check(value, "malformed attachment");
  return value;
}
