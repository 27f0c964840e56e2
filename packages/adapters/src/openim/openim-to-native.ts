import { ContentType, MsgFrom, SessionType } from "@chatwire/openim-types/common";
import { IMMessage, type MessageEntity } from "@chatwire/openim-types/shared";
import type { Converted, ToNativeOptions } from "../conversion/conversion-loss.js";
import { LossCollector } from "../conversion/loss-collector.js";
import type { ChatContent, TextEntity } from "../model/chat-content.js";
import type { MessageDraft, QuoteRef } from "../model/chat-message.js";
import { wrapExt } from "../model/ext-envelope.js";
import { renderButtonsAsText, renderContentAsText } from "../model/text-rendering.js";
import { openImRowForEvent } from "./openim-content-table.js";
import { sessionTypeForKind } from "./openim-conversation.js";
import { mediaToPicture } from "./openim-media.js";
import { isTipsCase, tipsFromNotification } from "./openim-notifications.js";

export interface ToOpenImOptions extends ToNativeOptions {
  /** The logged-in user; the receiver of one-to-one messages whose sender is the peer. */
  selfUserId?: string;
}

type Elem = NonNullable<IMMessage["content"]>;
interface Body {
  contentType: ContentType;
  content: Elem;
}

const TARGET = "openim";

/**
 * Converts a message into an OpenIM `IMMessage`. Everything OpenIM cannot carry is listed in
 * `losses` (or thrown as `UnsupportedContentError` with `strict`).
 */
export function toOpenImMessage(draft: MessageDraft, options: ToOpenImOptions = {}): Converted<IMMessage> {
  const losses = new LossCollector(TARGET, options.strict);
  const body = contentBody(draft, losses, options);
  if (draft.buttons?.length) {
    const rendered = `\n${renderButtonsAsText(draft.buttons)}`;
    if (appendText(body.content, rendered)) {
      losses.add("buttons", "OpenIM messages have no buttons; appended as text lines", "text-rendering");
    } else {
      losses.add("buttons", "OpenIM messages have no buttons", "dropped");
    }
  }
  if (draft.command) losses.add("command", "OpenIM messages do not record bot commands", "dropped");
  if (draft.editedAt !== undefined) losses.add("editedAt", "OpenIM messages do not record edits", "dropped");
  if (draft.recalledAt !== undefined && body.contentType !== ContentType.RevokedNotification) {
    losses.add(
      "recalledAt",
      "OpenIM marks a recall by replacing the message with a recall notice",
      "dropped",
    );
  }
  const { conversation } = draft;
  const senderId = draft.sender?.id ?? options.selfUserId ?? "";
  const receiverId =
    conversation.kind === "user" && conversation.id === senderId && options.selfUserId !== undefined
      ? options.selfUserId
      : conversation.kind === "group"
        ? ""
        : conversation.id;
  const message = IMMessage.fromPartial({
    clientMsgID: draft.id ?? "",
    sendTime: draft.time ?? 0,
    sessionType: sessionTypeForKind(conversation.kind),
    sendID: senderId,
    recvID: receiverId,
    groupID: conversation.kind === "group" ? conversation.id : "",
    msgFrom: draft.sender?.kind === "system" ? MsgFrom.System : MsgFrom.User,
    senderNickname: draft.sender?.name ?? "",
    senderFaceURL: draft.sender?.avatarUrl ?? "",
    ex: wrapExt(draft.ext, { origin: draft.origin }) ?? "",
    contentType: body.contentType,
  });
  message.content = body.content;
  return losses.finish(message);
}

function contentBody(draft: MessageDraft, losses: LossCollector, options: ToOpenImOptions): Body {
  const { content } = draft;
  if (content.kind === "text") return textBody(draft, content.text, content.entities, losses, options);
  if (content.kind === "markdown" || content.kind === "html" || content.kind === "post") {
    losses.add("content", `OpenIM has no ${content.kind} messages; sent as its text`, "text-rendering");
    return textBody(draft, renderContentAsText(content), undefined, losses, options);
  }
  if (content.kind === "unknown") {
    losses.add(
      "content",
      `unknown ${content.system} content type ${content.type}; sent as text`,
      "text-rendering",
    );
    return textBody(draft, renderContentAsText(content), undefined, losses, options);
  }
  reportQuoteAndMentionsOnNonText(draft, losses);
  switch (content.kind) {
    case "image":
      return {
        contentType: ContentType.Picture,
        content: {
          $case: "pictureElem",
          value: {
            sourcePath: "",
            sourcePicture: mediaToPicture(content),
            bigPicture: content.large ? mediaToPicture(content.large) : undefined,
            snapshotPicture: content.thumbnail ? mediaToPicture(content.thumbnail) : undefined,
          },
        },
      };
    case "audio":
      reportName(content.name, losses);
      return {
        contentType: ContentType.Sound,
        content: {
          $case: "soundElem",
          value: {
            uuid: content.objectId ?? "",
            soundPath: "",
            sourceURL: content.url,
            dataSize: content.size ?? 0,
            duration: content.durationSeconds ?? 0,
            soundType: content.mimeType ?? "",
          },
        },
      };
    case "video": {
      reportName(content.name, losses);
      if (content.width !== undefined || content.height !== undefined) {
        losses.add("content.width", "OpenIM records only the cover's size, not the video's", "dropped");
      }
      const cover = content.thumbnail;
      return {
        contentType: ContentType.Video,
        content: {
          $case: "videoElem",
          value: {
            videoPath: "",
            videoUUID: content.objectId ?? "",
            videoURL: content.url,
            videoType: content.mimeType ?? "",
            videoSize: content.size ?? 0,
            duration: content.durationSeconds ?? 0,
            snapshotPath: "",
            snapshotUUID: cover?.objectId ?? "",
            snapshotSize: cover?.size ?? 0,
            snapshotURL: cover?.url ?? "",
            snapshotWidth: cover?.width ?? 0,
            snapshotHeight: cover?.height ?? 0,
            snapshotType: cover?.mimeType ?? "",
          },
        },
      };
    }
    case "file":
      return {
        contentType: ContentType.File,
        content: {
          $case: "fileElem",
          value: {
            filePath: "",
            uuid: content.objectId ?? "",
            sourceURL: content.url,
            fileName: content.name,
            fileSize: content.size ?? 0,
            fileType: content.mimeType ?? "",
          },
        },
      };
    case "location":
      return {
        contentType: ContentType.Location,
        content: {
          $case: "locationElem",
          value: {
            description: content.description ?? "",
            longitude: content.longitude,
            latitude: content.latitude,
          },
        },
      };
    case "card":
      return {
        contentType: ContentType.Card,
        content: {
          $case: "cardElem",
          value: {
            userID: content.userId,
            nickname: content.name ?? "",
            faceURL: content.avatarUrl ?? "",
            ex: content.ext ?? "",
          },
        },
      };
    case "sticker":
      return stickerBody(content, losses);
    case "custom": {
      if (content.type !== undefined) {
        losses.add("content.type", "OpenIM custom messages have no type name", "dropped");
      }
      const contentType =
        content.delivery === "online-only"
          ? ContentType.CustomMsgOnlineOnly
          : content.delivery === "no-conversation-update"
            ? ContentType.CustomMsgNotTriggerConversation
            : ContentType.Custom;
      return {
        contentType,
        content: {
          $case: "customElem",
          value: {
            data: content.data,
            description: content.description ?? "",
            extension: content.extension ?? "",
          },
        },
      };
    }
    case "forward": {
      const inner = content.messages.map((message) => {
        const converted = toOpenImMessage(message, { ...options, strict: false });
        for (const loss of converted.losses) {
          losses.add(`content.messages.${loss.field}`, loss.reason, loss.fallback);
        }
        return converted.value;
      });
      return {
        contentType: ContentType.Merge,
        content: {
          $case: "mergeElem",
          value: {
            title: content.title ?? "",
            abstractList: content.summaries,
            multiMessage: inner,
            messageEntityList: (content.entities ?? []).map(toMessageEntity),
          },
        },
      };
    }
    case "stream":
      return {
        contentType: ContentType.Stream,
        content: {
          $case: "streamElem",
          value: { type: content.format, content: content.text, packets: content.packets, end: content.done },
        },
      };
    case "notification":
      return notificationBody(content, losses);
  }
}

function textBody(
  draft: MessageDraft,
  text: string,
  entities: TextEntity[] | undefined,
  losses: LossCollector,
  options: ToOpenImOptions,
): Body {
  const quoteMessage = draft.quote ? quotedMessage(draft.quote, draft, losses, options) : undefined;
  if (draft.mentions?.length) {
    if (entities?.length)
      losses.add("content.entities", "OpenIM @-messages carry no text entities", "dropped");
    const mentions = draft.mentions;
    return {
      contentType: ContentType.AtText,
      content: {
        $case: "atTextElem",
        value: {
          text,
          atUserList: mentions.map((mention) => mention.userId),
          atUsersInfo: mentions
            .filter((mention) => mention.name !== undefined)
            .map((mention) => ({ atUserID: mention.userId, groupNickname: mention.name ?? "" })),
          quoteMessage,
          isAtSelf: options.selfUserId !== undefined && mentions.some((m) => m.userId === options.selfUserId),
        },
      },
    };
  }
  if (quoteMessage) {
    return {
      contentType: ContentType.Quote,
      content: {
        $case: "quoteElem",
        value: { text, quoteMessage, messageEntityList: (entities ?? []).map(toMessageEntity) },
      },
    };
  }
  if (entities !== undefined) {
    return {
      contentType: ContentType.AdvancedText,
      content: {
        $case: "advancedTextElem",
        value: { text, messageEntityList: entities.map(toMessageEntity) },
      },
    };
  }
  return plainText(text);
}

/** Appends to the text of a text-like body; false for other kinds. */
function appendText(content: Elem, suffix: string): boolean {
  switch (content.$case) {
    case "textElem":
      content.value.content += suffix;
      return true;
    case "atTextElem":
    case "quoteElem":
    case "advancedTextElem":
      content.value.text += suffix;
      return true;
    default:
      return false;
  }
}

function plainText(text: string): Body {
  return { contentType: ContentType.Text, content: { $case: "textElem", value: { content: text } } };
}

function stickerBody(content: Extract<ChatContent, { kind: "sticker" }>, losses: LossCollector): Body {
  if (content.index !== undefined || content.data !== undefined) {
    if (content.url !== undefined || content.itemId !== undefined || content.packId !== undefined) {
      losses.add("content", "OpenIM faces keep only an index and data", "dropped");
    }
    return {
      contentType: ContentType.Face,
      content: { $case: "faceElem", value: { index: content.index ?? 0, data: content.data ?? "" } },
    };
  }
  if (content.url !== undefined) {
    losses.add("content", "OpenIM has no URL stickers; sent as a picture", "approximated");
    return {
      contentType: ContentType.Picture,
      content: {
        $case: "pictureElem",
        value: {
          sourcePath: "",
          sourcePicture: mediaToPicture({ url: content.url }),
          bigPicture: undefined,
          snapshotPicture: undefined,
        },
      },
    };
  }
  losses.add("content", "OpenIM has no pack stickers; sent as text", "text-rendering");
  return plainText(renderContentAsText(content));
}

function notificationBody(
  content: Extract<ChatContent, { kind: "notification" }>,
  losses: LossCollector,
): Body {
  const row = openImRowForEvent(content.event);
  if (row && isTipsCase(row.elem)) {
    const elem = tipsFromNotification(row.elem, content.data);
    if (elem) return { contentType: row.contentType, content: elem };
  }
  losses.add(
    "content",
    `OpenIM has no "${content.event}" notification with this data; sent as text`,
    "text-rendering",
  );
  return plainText(content.text);
}

function reportQuoteAndMentionsOnNonText(draft: MessageDraft, losses: LossCollector): void {
  if (draft.quote) losses.add("quote", "OpenIM quotes only text replies", "dropped");
  if (draft.mentions?.length) losses.add("mentions", "OpenIM mentions only in text messages", "dropped");
}

function reportName(name: string | undefined, losses: LossCollector): void {
  if (name !== undefined) losses.add("content.name", "OpenIM keeps no file name for this kind", "dropped");
}

/** What a quote given by reference may hold beyond the ID, sender and text a quoted text message keeps. */
const quoteMediaFields = ["imageUrl", "imageName", "videoUrl", "videoDurationSeconds"] as const;

function quotedMessage(
  quote: QuoteRef,
  draft: MessageDraft,
  losses: LossCollector,
  options: ToOpenImOptions,
): IMMessage {
  if (quote.message) return toOpenImMessage(quote.message, { ...options, strict: false }).value;
  for (const field of quoteMediaFields) {
    if (quote[field] !== undefined) {
      losses.add(`quote.${field}`, "OpenIM quotes this reference as a text message", "dropped");
    }
  }
  return IMMessage.fromPartial({
    clientMsgID: quote.messageId,
    sendID: quote.senderId ?? "",
    senderNickname: quote.senderName ?? "",
    sessionType: draft.conversation.kind === "group" ? SessionType.ReadGroup : SessionType.Single,
    groupID: draft.conversation.kind === "group" ? draft.conversation.id : "",
    contentType: ContentType.Text,
    content: { $case: "textElem", value: { content: quote.text ?? "" } },
  });
}

function toMessageEntity(entity: TextEntity): MessageEntity {
  return {
    type: entity.type,
    offset: entity.offset,
    length: entity.length,
    url: entity.url ?? "",
    ex: entity.ext ?? "",
  };
}
