import { MsgFrom, SessionType } from "@chatwire/openim-types/common";
import type { IMMessage } from "@chatwire/openim-types/shared";
import { InvalidSourceMessageError } from "../conversion/adapter-errors.js";
import { optionalNumber, optionalString } from "../conversion/proto-defaults.js";
import { withoutUndefined } from "../conversion/without-undefined.js";
import type { ChatContent, TextEntity } from "../model/chat-content.js";
import type { ChatMessage, ConversationRef, Mention, QuoteRef } from "../model/chat-message.js";
import { unwrapExt } from "../model/ext-envelope.js";
import { renderContentAsText } from "../model/text-rendering.js";
import { openImRowForContentType } from "./openim-content-table.js";
import { pictureToMedia } from "./openim-media.js";
import { isTipsCase, notificationFromTips } from "./openim-notifications.js";

/** Options of `fromOpenImMessage`. */
export interface FromOpenImOptions {
  /** The logged-in user, to name one-to-one conversations after the peer rather than the receiver. */
  selfUserId?: string;
}

type Elem = NonNullable<IMMessage["content"]>;

/** Converts an OpenIM `IMMessage` into a `ChatMessage`; the original is kept as `raw`. */
export function fromOpenImMessage(
  message: IMMessage,
  options: FromOpenImOptions = {},
): ChatMessage<IMMessage> {
  const row = openImRowForContentType(message.contentType);
  const elem = message.content;
  const parts = row ? convertElem(message, elem, row.elem, row.event, options) : unknownContent(message);
  const revoked = elem?.$case === "revokedTips" ? optionalNumber(elem.value.revokeTime) : undefined;
  const extParts = unwrapExt(optionalString(message.ex));
  return withoutUndefined({
    id: message.clientMsgID,
    source: "openim",
    conversation: conversationOf(message, options.selfUserId),
    sender: withoutUndefined({
      id: message.sendID,
      name: optionalString(message.senderNickname),
      avatarUrl: optionalString(message.senderFaceURL),
      kind: message.msgFrom === MsgFrom.System ? ("system" as const) : undefined,
    }),
    time: message.sendTime,
    content: parts.content,
    quote: parts.quote,
    mentions: parts.mentions,
    ext: extParts.ext,
    origin: extParts.marks?.origin,
    recalledAt: revoked,
    raw: message,
  });
}

function conversationOf(message: IMMessage, selfUserId: string | undefined): ConversationRef {
  switch (message.sessionType) {
    case SessionType.ReadGroup:
    case SessionType.WriteGroup:
      return { kind: "group", id: message.groupID };
    case SessionType.Notification:
      return { kind: "bot", id: message.sendID };
    default: {
      const peer =
        selfUserId !== undefined && message.recvID === selfUserId ? message.sendID : message.recvID;
      return { kind: "user", id: peer };
    }
  }
}

interface ContentParts {
  content: ChatContent;
  quote?: QuoteRef;
  mentions?: Mention[];
}

function unknownContent(message: IMMessage): ContentParts {
  return {
    content: { kind: "unknown", system: "openim", type: String(message.contentType) },
  };
}

function convertElem(
  message: IMMessage,
  elem: Elem | undefined,
  expected: Elem["$case"],
  event: string | undefined,
  options: FromOpenImOptions,
): ContentParts {
  if (!elem) {
    throw new InvalidSourceMessageError(
      "openim",
      "content",
      `is missing; contentType ${message.contentType} needs ${expected}`,
    );
  }
  if (elem.$case !== expected) {
    throw new InvalidSourceMessageError(
      "openim",
      "content",
      `holds ${elem.$case} but contentType ${message.contentType} needs ${expected}`,
    );
  }
  if (isTipsCase(elem.$case)) {
    return {
      content: notificationFromTips(elem as Elem & { $case: typeof elem.$case }, event ?? elem.$case),
    };
  }
  switch (elem.$case) {
    case "textElem":
      return { content: { kind: "text", text: elem.value.content } };
    case "advancedTextElem":
      return {
        content: {
          kind: "text",
          text: elem.value.text,
          entities: elem.value.messageEntityList.map(toEntity),
        },
      };
    case "atTextElem": {
      const value = elem.value;
      const names = new Map(value.atUsersInfo.map((info) => [info.atUserID, info.groupNickname]));
      return withoutUndefined({
        content: { kind: "text", text: value.text },
        mentions: value.atUserList.map((userId) =>
          withoutUndefined({ userId, name: optionalString(names.get(userId) ?? "") }),
        ),
        quote: value.quoteMessage ? quoteOf(value.quoteMessage, options) : undefined,
      });
    }
    case "quoteElem": {
      const value = elem.value;
      const entities = value.messageEntityList.map(toEntity);
      return withoutUndefined({
        content: withoutUndefined({
          kind: "text" as const,
          text: value.text,
          entities: entities.length ? entities : undefined,
        }),
        quote: value.quoteMessage ? quoteOf(value.quoteMessage, options) : undefined,
      });
    }
    case "pictureElem": {
      const value = elem.value;
      const main = value.sourcePicture ? pictureToMedia(value.sourcePicture) : { url: "" };
      return {
        content: withoutUndefined({
          kind: "image" as const,
          ...main,
          large: value.bigPicture ? pictureToMedia(value.bigPicture) : undefined,
          thumbnail: value.snapshotPicture ? pictureToMedia(value.snapshotPicture) : undefined,
        }),
      };
    }
    case "soundElem": {
      const value = elem.value;
      return {
        content: withoutUndefined({
          kind: "audio" as const,
          url: value.sourceURL,
          objectId: optionalString(value.uuid),
          mimeType: optionalString(value.soundType),
          size: optionalNumber(value.dataSize),
          durationSeconds: optionalNumber(value.duration),
        }),
      };
    }
    case "videoElem": {
      const value = elem.value;
      const thumbnail = withoutUndefined({
        url: value.snapshotURL,
        objectId: optionalString(value.snapshotUUID),
        mimeType: optionalString(value.snapshotType),
        size: optionalNumber(value.snapshotSize),
        width: optionalNumber(value.snapshotWidth),
        height: optionalNumber(value.snapshotHeight),
      });
      const hasThumbnail = Object.keys(thumbnail).length > 1 || thumbnail.url !== "";
      return {
        content: withoutUndefined({
          kind: "video" as const,
          url: value.videoURL,
          objectId: optionalString(value.videoUUID),
          mimeType: optionalString(value.videoType),
          size: optionalNumber(value.videoSize),
          durationSeconds: optionalNumber(value.duration),
          thumbnail: hasThumbnail ? thumbnail : undefined,
        }),
      };
    }
    case "fileElem": {
      const value = elem.value;
      return {
        content: withoutUndefined({
          kind: "file" as const,
          url: value.sourceURL,
          name: value.fileName,
          objectId: optionalString(value.uuid),
          mimeType: optionalString(value.fileType),
          size: optionalNumber(value.fileSize),
        }),
      };
    }
    case "mergeElem": {
      const value = elem.value;
      return {
        content: withoutUndefined({
          kind: "forward" as const,
          title: optionalString(value.title),
          summaries: value.abstractList,
          messages: value.multiMessage.map((inner) => fromOpenImMessage(inner, options)),
          entities: value.messageEntityList.length ? value.messageEntityList.map(toEntity) : undefined,
        }),
      };
    }
    case "cardElem": {
      const value = elem.value;
      return {
        content: withoutUndefined({
          kind: "card" as const,
          userId: value.userID,
          name: optionalString(value.nickname),
          avatarUrl: optionalString(value.faceURL),
          ext: optionalString(value.ex),
        }),
      };
    }
    case "locationElem": {
      const value = elem.value;
      return {
        content: withoutUndefined({
          kind: "location" as const,
          latitude: value.latitude,
          longitude: value.longitude,
          description: optionalString(value.description),
        }),
      };
    }
    case "customElem": {
      const value = elem.value;
      const delivery =
        message.contentType === 119
          ? "no-conversation-update"
          : message.contentType === 120
            ? "online-only"
            : undefined;
      return {
        content: withoutUndefined({
          kind: "custom" as const,
          data: value.data,
          description: optionalString(value.description),
          extension: optionalString(value.extension),
          delivery: delivery as "no-conversation-update" | "online-only" | undefined,
        }),
      };
    }
    case "faceElem":
      return { content: { kind: "sticker", index: elem.value.index, data: elem.value.data } };
    case "streamElem": {
      const value = elem.value;
      return {
        content: {
          kind: "stream",
          format: value.type,
          text: value.content,
          packets: value.packets,
          done: value.end,
        },
      };
    }
    default:
      return unknownContent(message);
  }
}

function toEntity(entity: {
  type: string;
  offset: number;
  length: number;
  url: string;
  ex: string;
}): TextEntity {
  return withoutUndefined({
    type: entity.type,
    offset: entity.offset,
    length: entity.length,
    url: optionalString(entity.url),
    ext: optionalString(entity.ex),
  });
}

function quoteOf(quoted: IMMessage, options: FromOpenImOptions): QuoteRef {
  const message = fromOpenImMessage(quoted, options);
  return withoutUndefined({
    messageId: quoted.clientMsgID,
    senderId: optionalString(quoted.sendID),
    senderName: optionalString(quoted.senderNickname),
    text: renderContentAsText(message.content),
    message,
  });
}
