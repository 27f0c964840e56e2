import type { ChatMessage, MessageDraft } from "../../src/index.js";

/** A ChatMessage without `raw` and `source` (also in forwarded and quoted messages), to compare with a draft. */
export function stripRaw(message: ChatMessage): MessageDraft {
  const { raw: _raw, source: _source, ...rest } = message;
  const draft: MessageDraft = { ...rest };
  if (draft.content.kind === "forward") {
    draft.content = {
      ...draft.content,
      messages: draft.content.messages.map((m) => stripRaw(m) as ChatMessage),
    };
  }
  if (draft.quote?.message) {
    const { message: _message, ...quote } = draft.quote;
    draft.quote = quote;
  }
  return draft;
}
