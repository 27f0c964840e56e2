import type { PictureBaseInfo } from "@chatwire/openim-types/shared";
import { optionalNumber, optionalString } from "../conversion/proto-defaults.js";
import { withoutUndefined } from "../conversion/without-undefined.js";
import type { MediaObject } from "../model/chat-content.js";

export function pictureToMedia(picture: PictureBaseInfo): MediaObject {
  return withoutUndefined({
    url: picture.url,
    objectId: optionalString(picture.uuid),
    mimeType: optionalString(picture.type),
    size: optionalNumber(picture.size),
    width: optionalNumber(picture.width),
    height: optionalNumber(picture.height),
  });
}

export function mediaToPicture(media: MediaObject): PictureBaseInfo {
  return {
    uuid: media.objectId ?? "",
    type: media.mimeType ?? "",
    size: media.size ?? 0,
    width: media.width ?? 0,
    height: media.height ?? 0,
    url: media.url,
  };
}
