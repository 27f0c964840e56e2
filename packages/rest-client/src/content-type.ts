/** The numeric `content_type` of a send (openapi/maxim/message.yaml, `MessageContentType`). */
export const ContentType = {
  TEXT: 0,
  IMAGE: 1,
  AUDIO: 2,
  VIDEO: 3,
  FILE: 4,
  LOCATION: 5,
  COMMAND: 6,
  FORWARD: 7,
} as const;
export type ContentType = (typeof ContentType)[keyof typeof ContentType];
/** The `ctype` name a stored message carries, e.g. "IMAGE". */
export type ContentTypeName = keyof typeof ContentType;
/** The `status` of a stored message. */
export type MessageStatus = "UNREAD" | "DELIVERED" | "READ";

/** The `type` of a send: what its `targets` are. */
export const TargetType = { USER: 1, GROUP: 2 } as const;
export type TargetType = (typeof TargetType)[keyof typeof TargetType];

const namesByNumber = Object.fromEntries(
  Object.entries(ContentType).map(([name, value]) => [value, name]),
) as Record<ContentType, ContentTypeName>;

const messageStatuses: ReadonlySet<string> = new Set<MessageStatus>(["UNREAD", "DELIVERED", "READ"]);

/** The `ctype` name a `content_type` number is stored under, e.g. 1 → "IMAGE". */
export function contentTypeName(value: ContentType): ContentTypeName {
  const name = namesByNumber[value];
  if (name === undefined) throw new RangeError(`unknown content_type ${String(value)}; expected 0 to 7`);
  return name;
}

/** The `content_type` number of a `ctype` name, e.g. "IMAGE" → 1. */
export function contentTypeOf(name: ContentTypeName): ContentType {
  if (!isContentTypeName(name)) throw new RangeError(`unknown ctype ${JSON.stringify(name)}`);
  return ContentType[name];
}

/** Whether `value` is the name of a MaxIM content type. */
export function isContentTypeName(value: unknown): value is ContentTypeName {
  return typeof value === "string" && Object.hasOwn(ContentType, value);
}

/** Whether `value` is a MaxIM message status name. */
export function isMessageStatus(value: unknown): value is MessageStatus {
  return typeof value === "string" && messageStatuses.has(value);
}
