import { ContentType, MsgFrom, MsgStatus, Platform } from "../gen/common.js";
import { FileElem, IMMessage, SoundElem, VideoElem } from "../gen/shared.js";
import type { CallContext, Handlers } from "./call-context.js";
import { invalidArgument } from "./fake-fault.js";
import { copyMessage } from "./message-store.js";

/** A new local message as the SDK creates it: not sent yet, so no server ID, seq or recipient. */
function newMessage(
  context: CallContext,
  contentType: ContentType,
  content: IMMessage["content"],
): IMMessage {
  const now = context.server.now();
  return {
    ...IMMessage.create(),
    clientMsgID: context.server.nextID("client-msg"),
    sendID: context.userID,
    createTime: now,
    sendTime: now,
    msgFrom: MsgFrom.User,
    contentType,
    senderPlatformID: Platform.Web,
    status: MsgStatus.Sending,
    content,
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw invalidArgument(`${what} is required`);
  return value;
}

/** The Create*Message functions: each turns its request into a local IMMessage. */
export const createMessageHandlers: Handlers = {
  CreateTextMessage: ({ text }, context) => ({
    message: newMessage(context, ContentType.Text, { $case: "textElem", value: { content: text } }),
  }),
  CreateAdvancedTextMessage: ({ text, messageEntities }, context) => ({
    message: newMessage(context, ContentType.AdvancedText, {
      $case: "advancedTextElem",
      value: { text, messageEntityList: messageEntities },
    }),
  }),
  CreateTextAtMessage: ({ text, userIDList, usersInfo, quoteMessage }, context) => ({
    message: newMessage(context, ContentType.AtText, {
      $case: "atTextElem",
      value: { text, atUserList: userIDList, atUsersInfo: usersInfo, quoteMessage, isAtSelf: false },
    }),
  }),
  CreateLocationMessage: ({ description, longitude, latitude }, context) => ({
    message: newMessage(context, ContentType.Location, {
      $case: "locationElem",
      value: { description, longitude, latitude },
    }),
  }),
  CreateCustomMessage: ({ data, extension, description }, context) => ({
    message: newMessage(context, ContentType.Custom, {
      $case: "customElem",
      value: { data, extension, description },
    }),
  }),
  CreateQuoteMessage: ({ text, quoteMessage }, context) => ({
    message: newMessage(context, ContentType.Quote, {
      $case: "quoteElem",
      value: { text, quoteMessage: required(quoteMessage, "quoteMessage"), messageEntityList: [] },
    }),
  }),
  CreateAdvancedQuoteMessage: ({ text, quoteMessage, messageEntities }, context) => ({
    message: newMessage(context, ContentType.Quote, {
      $case: "quoteElem",
      value: {
        text,
        quoteMessage: required(quoteMessage, "quoteMessage"),
        messageEntityList: messageEntities,
      },
    }),
  }),
  CreateCardMessage: ({ card }, context) => ({
    message: newMessage(context, ContentType.Card, { $case: "cardElem", value: required(card, "card") }),
  }),
  CreateImageMessage: ({ imageSourcePath, sourcePicture, bigPicture, snapshotPicture }, context) => ({
    message: newMessage(context, ContentType.Picture, {
      $case: "pictureElem",
      value: { sourcePath: imageSourcePath, sourcePicture, bigPicture, snapshotPicture },
    }),
  }),
  CreateSoundMessage: ({ soundPath, duration, soundElem }, context) => {
    const sound = SoundElem.fromPartial(soundElem ?? {});
    return {
      message: newMessage(context, ContentType.Sound, {
        $case: "soundElem",
        value: { ...sound, soundPath: soundPath || sound.soundPath, duration: duration || sound.duration },
      }),
    };
  },
  CreateVideoMessage: ({ videoSourcePath, videoType, duration, snapshotSourcePath, videoElem }, context) => {
    const video = VideoElem.fromPartial(videoElem ?? {});
    return {
      message: newMessage(context, ContentType.Video, {
        $case: "videoElem",
        value: {
          ...video,
          videoPath: videoSourcePath || video.videoPath,
          videoType: videoType || video.videoType,
          duration: duration || video.duration,
          snapshotPath: snapshotSourcePath || video.snapshotPath,
        },
      }),
    };
  },
  CreateFileMessage: ({ fileSourcePath, fileName, fileElem }, context) => {
    const file = FileElem.fromPartial(fileElem ?? {});
    return {
      message: newMessage(context, ContentType.File, {
        $case: "fileElem",
        value: { ...file, filePath: fileSourcePath || file.filePath, fileName: fileName || file.fileName },
      }),
    };
  },
  CreateMergerMessage: ({ messages, title, summaries }, context) => ({
    message: newMessage(context, ContentType.Merge, {
      $case: "mergeElem",
      value: { title, abstractList: summaries, multiMessage: messages, messageEntityList: [] },
    }),
  }),
  CreateFaceMessage: ({ index, data }, context) => ({
    message: newMessage(context, ContentType.Face, { $case: "faceElem", value: { index, data } }),
  }),
  CreateForwardMessage: ({ message }, context) => {
    const original = copyMessage(required(message, "message"));
    return { message: newMessage(context, original.contentType, original.content) };
  },
};
