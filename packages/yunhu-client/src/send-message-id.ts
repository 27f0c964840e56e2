import { newMessageId } from "./message-id.js";

/**
 * Gives a send request a msgId when the caller left it empty. The ID is chosen once, before the
 * first attempt, so every retry carries the same one and the server can tell it is a repeat.
 */
export function withMessageId<T>(request: T): T & { msgId: string } {
  if (typeof request !== "object" || request === null) return request as T & { msgId: string };
  const given = (request as { msgId?: unknown }).msgId;
  // Only a missing or empty msgId is filled in; one of the wrong type is left for validation to refuse.
  if (given !== undefined && given !== null && given !== "") return request as T & { msgId: string };
  return { ...request, msgId: newMessageId() };
}
