import { AttachmentInfo } from "../gen/maxim-attachment.js";
import { checkValue } from "./check-value.js";

/**
 * What is wrong with a decoded attachment, as a sentence naming the field, or undefined when it
 * matches `AttachmentInfo`. Shared by the exported attachment helpers and the send aliases, which
 * load it lazily: they must not load `attachment.ts` itself, because a module the package root
 * exports that is also loaded lazily makes bundlers that split code put it, and valibot with
 * it, into the chunk every application loads first.
 */
export function attachmentProblem(value: unknown): string | undefined {
  return checkValue(AttachmentInfo, value, "attachment");
}
