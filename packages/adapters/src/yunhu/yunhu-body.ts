import type { LossCollector } from "../conversion/loss-collector.js";
import type { ChatContent } from "../model/chat-content.js";
import { renderContentAsText } from "../model/text-rendering.js";

/**
 * A message body in Yunhu terms, before it is written as a send request (`data`, `media`) or as
 * a stored `Msg.content`: the two shapes name the same things differently.
 */
export interface YunhuBody {
  contentType: number;
  text?: string;
  /** Image, file or audio: the object key when known, else the URL. */
  objectRef?: string;
  objectUrl?: string;
  objectKey?: string;
  mimeType?: string;
  fileName?: string;
  size?: number;
  width?: number;
  height?: number;
  audioSeconds?: number;
  form?: string;
  post?: { id?: string; title: string; content: string; type: "1" | "2" };
  sticker?: { url?: string; itemId?: number; packId?: number; expressionId?: string };
  call?: { text: string; status?: string };
}

export function yunhuBody(content: ChatContent, losses: LossCollector): YunhuBody {
  switch (content.kind) {
    case "text":
      // Even an empty list is reported: OpenIM uses it to mark advanced text, which Yunhu cannot mark.
      if (content.entities !== undefined)
        losses.add("content.entities", "Yunhu text has no entities", "dropped");
      return { contentType: 1, text: content.text };
    case "markdown":
      return { contentType: 3, text: content.markdown };
    case "html":
      return { contentType: 8, text: content.html };
    case "image":
      if (content.name !== undefined) losses.add("content.name", "Yunhu images have no file name", "dropped");
      if (content.large) losses.add("content.large", "Yunhu keeps one image rendition", "dropped");
      if (content.thumbnail) losses.add("content.thumbnail", "Yunhu keeps one image rendition", "dropped");
      return {
        contentType: 2,
        objectUrl: content.url,
        objectKey: content.objectId,
        mimeType: content.mimeType,
        size: content.size,
        width: content.width,
        height: content.height,
      };
    case "file":
      if (content.mimeType !== undefined)
        losses.add("content.mimeType", "Yunhu files have no MIME type", "dropped");
      return {
        contentType: 4,
        objectUrl: content.url,
        objectKey: content.objectId,
        fileName: content.name,
        size: content.size,
      };
    case "video": {
      losses.add(
        "content",
        "Yunhu's send API lists no video type; sent as a file that keeps the URL",
        "approximated",
      );
      const name = content.name ?? content.url.split("/").pop() ?? "video";
      return {
        contentType: 4,
        objectUrl: content.url,
        objectKey: content.objectId,
        fileName: name,
        size: content.size,
      };
    }
    case "audio":
      if (content.name !== undefined)
        losses.add("content.name", "Yunhu voice messages have no file name", "dropped");
      if (content.size !== undefined)
        losses.add("content.size", "Yunhu voice messages have no size", "dropped");
      return {
        contentType: 11,
        objectUrl: content.url,
        objectKey: content.objectId,
        mimeType: content.mimeType,
        audioSeconds: content.durationSeconds,
      };
    case "custom":
      if (content.type === "form") return { contentType: 5, form: content.data };
      losses.add("content", "Yunhu has no custom messages besides forms; sent as text", "text-rendering");
      return { contentType: 1, text: renderContentAsText(content) };
    case "post":
      return {
        contentType: 6,
        post: {
          id: content.postId,
          title: content.title,
          content: content.body,
          type: content.format === "markdown" ? "2" : "1",
        },
      };
    case "sticker":
      if (content.index !== undefined || content.data !== undefined) {
        losses.add("content.index", "Yunhu stickers are named by pack and item, not by index", "dropped");
      }
      if (
        content.itemId === undefined &&
        content.packId === undefined &&
        content.expressionId === undefined
      ) {
        if (content.url !== undefined) {
          losses.add("content", "Yunhu stickers need a pack and item ID; sent as an image", "approximated");
          return { contentType: 2, objectUrl: content.url };
        }
        losses.add("content", "Yunhu stickers need a pack and item ID; sent as text", "text-rendering");
        return { contentType: 1, text: renderContentAsText(content) };
      }
      return {
        contentType: 7,
        sticker: {
          url: content.url,
          itemId: content.itemId,
          packId: content.packId,
          expressionId: content.expressionId,
        },
      };
    case "notification":
      if (content.event === "call") {
        const data = content.data as { status?: unknown } | undefined;
        return {
          contentType: 13,
          call: { text: content.text, status: typeof data?.status === "string" ? data.status : undefined },
        };
      }
      losses.add("content", `Yunhu has no "${content.event}" notification; sent as text`, "text-rendering");
      return { contentType: 1, text: content.text };
    case "location":
    case "card":
    case "forward":
    case "stream":
      losses.add("content", `Yunhu has no ${content.kind} messages; sent as text`, "text-rendering");
      return { contentType: 1, text: renderContentAsText(content) };
    case "unknown":
      losses.add(
        "content",
        `unknown ${content.system} content type ${content.type}; sent as text`,
        "text-rendering",
      );
      return { contentType: 1, text: renderContentAsText(content) };
  }
}

/** Text-like bodies can carry quotes and buttons on Yunhu; the other kinds carry none. */
export function isTextLike(body: YunhuBody): boolean {
  return body.contentType === 1 || body.contentType === 3 || body.contentType === 8;
}
