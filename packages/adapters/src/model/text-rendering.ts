import type { ChatContent } from "./chat-content.js";
import type { ChatButton, ChatMessage, QuoteRef } from "./chat-message.js";

/**
 * A plain-text rendering of any content that keeps what a reader needs: names, captions and
 * every URL. Converters use it as the documented fallback for content a target cannot carry.
 */
export function renderContentAsText(content: ChatContent): string {
  switch (content.kind) {
    case "text":
      return content.text;
    case "markdown":
      return content.markdown;
    case "html":
      return content.html;
    case "image":
      return joinParts("[image]", content.name, content.url);
    case "audio":
      return joinParts("[audio]", content.name, formatSeconds(content.durationSeconds), content.url);
    case "video":
      return joinParts("[video]", content.name, formatSeconds(content.durationSeconds), content.url);
    case "file":
      return joinParts("[file]", content.name, formatBytes(content.size), content.url);
    case "location":
      return joinParts(
        "[location]",
        content.description,
        `(${content.latitude}, ${content.longitude})`,
        `geo:${content.latitude},${content.longitude}`,
      );
    case "card":
      return joinParts("[contact]", content.name, `(${content.userId})`);
    case "sticker":
      return joinParts("[sticker]", content.url ?? content.expressionId ?? content.data);
    case "post":
      return content.title ? `${content.title}\n\n${content.body}` : content.body;
    case "custom":
      return joinParts("[custom]", content.description || content.data);
    case "forward":
      return renderForward(content.title, content.summaries, content.messages);
    case "stream":
      return content.text;
    case "notification":
      return content.text;
    case "unknown":
      return content.text ?? `[unsupported ${content.system} message type ${content.type}]`;
  }
}

/** Buttons as text lines: each button's label followed by its link or value. */
export function renderButtonsAsText(rows: readonly ChatButton[][]): string {
  return rows
    .flat()
    .map((button) => joinParts(`[${button.text}]`, button.url ?? button.value))
    .join("\n");
}

/** A quoted reply as a leading "> " block, the way plain-text mail quotes. */
export function renderQuoteAsText(quote: QuoteRef): string {
  const author = quote.senderName ?? quote.senderId;
  const body = quote.text ?? quote.imageUrl ?? quote.videoUrl ?? `message ${quote.messageId}`;
  return `> ${author ? `${author}: ` : ""}${body}`.replaceAll("\n", "\n> ");
}

function renderForward(
  title: string | undefined,
  summaries: readonly string[],
  messages: readonly ChatMessage[],
) {
  const lines = messages.length
    ? messages.map(
        (message) => `${message.sender.name ?? message.sender.id}: ${renderContentAsText(message.content)}`,
      )
    : summaries;
  return [`[forwarded${title ? `: ${title}` : ""}]`, ...lines].join("\n");
}

function joinParts(...parts: (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined && part !== "").join(" ");
}

function formatSeconds(seconds: number | undefined): string | undefined {
  return seconds === undefined ? undefined : `${seconds}s`;
}

function formatBytes(bytes: number | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
