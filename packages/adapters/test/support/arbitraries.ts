import fc from "fast-check";
import type {
  ChatButton,
  ChatContent,
  ChatSender,
  ConversationRef,
  MediaObject,
  Mention,
  MessageDraft,
  QuoteRef,
  TextEntity,
} from "../../src/index.js";

/** Optional fields are either absent or meaningful: systems store "" and 0 as "unset". */
const word = fc.string({ minLength: 1, maxLength: 12 });
const line = fc.string({ minLength: 1, maxLength: 24 }).filter((text) => !text.includes("\n"));
const text = fc.string({ maxLength: 40 });
const id = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/);
const numericId = fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }).map(String);
const count = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const bigCount = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const url = fc.webUrl();
const time = fc.integer({ min: 1, max: 4_102_444_800_000 });
const coordinate = (max: number) =>
  fc.double({ min: -max, max, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Builds an object, leaving out the keys whose value came out undefined. */
function record<T extends Record<string, fc.Arbitrary<unknown>>>(model: T) {
  return fc.record(model).map((value) => {
    const result = { ...value } as Record<string, unknown>;
    for (const key of Object.keys(result)) if (result[key] === undefined) delete result[key];
    return result as { [K in keyof T]: T[K] extends fc.Arbitrary<infer U> ? U : never };
  });
}

const media: fc.Arbitrary<MediaObject> = record({
  url: url,
  objectId: opt(word),
  mimeType: opt(word),
  size: opt(bigCount),
  width: opt(count),
  height: opt(count),
});

const entity: fc.Arbitrary<TextEntity> = record({
  type: word,
  offset: fc.nat(1000),
  length: count,
  url: opt(url),
  ext: opt(word),
});

const buttons: fc.Arbitrary<ChatButton[][]> = fc.array(
  fc.array(
    fc.oneof(
      record({ text: word, action: fc.constant("link" as const), url }),
      record({ text: word, action: fc.constant("copy" as const), value: word }),
      record({ text: word, action: fc.constant("report" as const), value: word }),
    ),
    { minLength: 1, maxLength: 3 },
  ),
  { minLength: 1, maxLength: 2 },
);

const mentions: fc.Arbitrary<Mention[]> = fc.uniqueArray(record({ userId: id, name: opt(word) }), {
  minLength: 1,
  maxLength: 4,
  selector: (mention) => mention.userId,
});

function conversation(kinds: ConversationRef["kind"][], ids: fc.Arbitrary<string>) {
  return record({ kind: fc.constantFrom(...kinds), id: ids });
}

// ---------- OpenIM ----------

const openImContent: fc.Arbitrary<ChatContent> = fc.oneof(
  record({ kind: fc.constant("text" as const), text }),
  record({ kind: fc.constant("text" as const), text, entities: fc.array(entity, { maxLength: 3 }) }),
  record({
    kind: fc.constant("image" as const),
    url,
    objectId: opt(word),
    mimeType: opt(word),
    size: opt(bigCount),
    width: opt(count),
    height: opt(count),
    large: opt(media),
    thumbnail: opt(media),
  }),
  record({
    kind: fc.constant("audio" as const),
    url,
    objectId: opt(word),
    mimeType: opt(word),
    size: opt(bigCount),
    durationSeconds: opt(bigCount),
  }),
  record({
    kind: fc.constant("video" as const),
    url,
    objectId: opt(word),
    mimeType: opt(word),
    size: opt(bigCount),
    durationSeconds: opt(bigCount),
    thumbnail: opt(media),
  }),
  record({
    kind: fc.constant("file" as const),
    url,
    name: text,
    objectId: opt(word),
    mimeType: opt(word),
    size: opt(bigCount),
  }),
  record({
    kind: fc.constant("location" as const),
    latitude: coordinate(90),
    longitude: coordinate(180),
    description: opt(word),
  }),
  record({
    kind: fc.constant("card" as const),
    userId: text,
    name: opt(word),
    avatarUrl: opt(url),
    ext: opt(word),
  }),
  record({ kind: fc.constant("sticker" as const), index: fc.nat(500), data: text }),
  record({
    kind: fc.constant("custom" as const),
    data: text,
    description: opt(word),
    extension: opt(word),
    delivery: opt(fc.constantFrom("online-only" as const, "no-conversation-update" as const)),
  }),
  record({
    kind: fc.constant("stream" as const),
    format: text,
    text,
    packets: fc.array(text, { maxLength: 3 }),
    done: fc.boolean(),
  }),
  record({
    kind: fc.constant("forward" as const),
    title: opt(word),
    summaries: fc.array(text, { maxLength: 3 }),
    messages: fc.constant([]),
    entities: opt(fc.array(entity, { minLength: 1, maxLength: 2 })),
  }),
) as fc.Arbitrary<ChatContent>;

const openImSender: fc.Arbitrary<ChatSender> = record({
  id: id,
  name: opt(word),
  avatarUrl: opt(url),
  kind: opt(fc.constant("system" as const)),
});

const openImQuote: fc.Arbitrary<QuoteRef> = record({
  messageId: word,
  text: text,
  senderId: opt(id),
  senderName: opt(word),
});

/** Drafts whose every part OpenIM carries, for round trips without losses. */
export const openImDraft: fc.Arbitrary<MessageDraft> = fc
  .record({
    conversation: conversation(["user", "group"], id),
    id: word,
    sender: openImSender,
    time: time,
    content: openImContent,
    ext: opt(word),
    mentions: opt(mentions),
    quote: opt(openImQuote),
  })
  .filter((draft) => draft.conversation.kind !== "user" || draft.conversation.id !== draft.sender.id)
  .map((draft) => {
    const textual = draft.content.kind === "text";
    const mentionable = draft.content.kind === "text" && draft.content.entities === undefined;
    const result: MessageDraft = {
      conversation: draft.conversation,
      id: draft.id,
      sender: draft.sender,
      time: draft.time,
      content: draft.content,
    };
    if (draft.ext !== undefined) result.ext = draft.ext;
    if (mentionable && draft.mentions) result.mentions = draft.mentions;
    if (textual && draft.quote) result.quote = draft.quote;
    // A quote alone keeps entities only when there are some; an empty list means "advanced text".
    if (
      result.quote &&
      !result.mentions &&
      draft.content.kind === "text" &&
      draft.content.entities?.length === 0
    ) {
      result.content = { kind: "text", text: draft.content.text };
    }
    return result;
  });

// ---------- MaxIM ----------

const maximContent: fc.Arbitrary<ChatContent> = fc.oneof(
  record({ kind: fc.constant("text" as const), text }),
  record({
    kind: fc.constant("image" as const),
    url,
    name: opt(word),
    size: opt(bigCount),
    width: opt(count),
    height: opt(count),
  }),
  record({
    kind: fc.constant("audio" as const),
    url,
    name: opt(word),
    size: opt(bigCount),
    durationSeconds: opt(bigCount),
  }),
  record({
    kind: fc.constant("video" as const),
    url,
    name: opt(word),
    size: opt(bigCount),
    durationSeconds: opt(bigCount),
    width: opt(count),
    height: opt(count),
  }),
  record({ kind: fc.constant("file" as const), url, name: text, size: opt(bigCount) }),
  record({
    kind: fc.constant("location" as const),
    latitude: coordinate(90),
    longitude: coordinate(180),
    description: opt(word),
  }),
  record({ kind: fc.constant("custom" as const), data: text }),
  record({
    kind: fc.constant("forward" as const),
    summaries: fc.array(line, { maxLength: 3 }),
    messages: fc.constant([]),
  }),
) as fc.Arbitrary<ChatContent>;

/** Drafts whose every part MaxIM carries; IDs span the whole int64 range. */
export const maximDraft: fc.Arbitrary<MessageDraft> = record({
  conversation: conversation(["user", "group"], numericId),
  id: numericId,
  sender: record({ id: numericId }),
  time: time,
  content: maximContent,
  ext: opt(word),
}) as fc.Arbitrary<MessageDraft>;

// ---------- Yunhu ----------

const yunhuTextual: fc.Arbitrary<ChatContent> = fc.oneof(
  record({ kind: fc.constant("text" as const), text }),
  record({ kind: fc.constant("markdown" as const), markdown: text }),
  record({ kind: fc.constant("html" as const), html: text }),
) as fc.Arbitrary<ChatContent>;

const yunhuOther: fc.Arbitrary<ChatContent> = fc.oneof(
  record({
    kind: fc.constant("image" as const),
    url,
    size: opt(bigCount),
    width: opt(count),
    height: opt(count),
  }),
  record({ kind: fc.constant("file" as const), url, name: text, size: opt(bigCount) }),
  record({ kind: fc.constant("custom" as const), type: fc.constant("form"), data: text }),
  record({
    kind: fc.constant("post" as const),
    title: text,
    body: text,
    format: fc.constantFrom("text" as const, "markdown" as const),
    postId: opt(word),
  }),
  record({
    kind: fc.constant("sticker" as const),
    url: opt(url),
    itemId: count,
    packId: opt(count),
    expressionId: opt(word),
  }),
  record({ kind: fc.constant("audio" as const), url, durationSeconds: opt(bigCount) }),
  record({
    kind: fc.constant("notification" as const),
    event: fc.constant("call"),
    text,
    data: opt(record({ status: word })),
  }),
) as fc.Arbitrary<ChatContent>;

const yunhuQuote: fc.Arbitrary<QuoteRef> = record({
  messageId: word,
  text: opt(word),
  imageUrl: opt(url),
  imageName: opt(word),
  videoUrl: opt(url),
  videoDurationSeconds: opt(bigCount),
});

/** Drafts whose every part a stored Yunhu `Msg` carries. */
export const yunhuDraft: fc.Arbitrary<MessageDraft> = fc
  .record({
    conversation: conversation(["user", "group", "bot"], id),
    id: word,
    sender: record({
      id,
      name: opt(word),
      avatarUrl: opt(url),
      kind: opt(fc.constantFrom("user" as const, "bot" as const)),
    }),
    time,
    textual: fc.boolean(),
    textualContent: yunhuTextual,
    otherContent: yunhuOther,
    quote: opt(yunhuQuote),
    mentions: opt(fc.uniqueArray(id, { minLength: 1, maxLength: 3 })),
    buttons: opt(buttons),
    command: opt(record({ id: count, name: opt(word), type: opt(count) })),
    editedAt: opt(time),
    recalledAt: opt(time),
  })
  .map((parts) => {
    const content = parts.textual ? parts.textualContent : parts.otherContent;
    const draft: MessageDraft = {
      conversation: parts.conversation,
      id: parts.id,
      sender: parts.sender,
      time: parts.time,
      content,
    };
    const quotable = content.kind !== "audio" && content.kind !== "notification";
    if (quotable && parts.quote) draft.quote = parts.quote;
    if (parts.textual && parts.mentions) draft.mentions = parts.mentions.map((userId) => ({ userId }));
    if (parts.textual && parts.buttons) draft.buttons = parts.buttons;
    if (parts.command) draft.command = parts.command;
    if (parts.editedAt !== undefined) draft.editedAt = parts.editedAt;
    if (parts.recalledAt !== undefined) draft.recalledAt = parts.recalledAt;
    return draft;
  });

// ---------- anything ----------

const anyContent: fc.Arbitrary<ChatContent> = fc.oneof(
  openImContent,
  maximContent,
  yunhuTextual,
  yunhuOther,
  record({ kind: fc.constant("unknown" as const), system: word, type: word, text: opt(text) }),
  record({
    kind: fc.constant("notification" as const),
    event: word,
    text,
    data: opt(fc.constant({ any: 1 })),
  }),
) as fc.Arbitrary<ChatContent>;

/** Any draft at all, for "never drop silently" properties. */
export const anyDraft: fc.Arbitrary<MessageDraft> = record({
  conversation: conversation(["user", "group", "bot"], numericId),
  id: numericId,
  sender: record({ id: numericId, name: opt(word) }),
  time,
  content: anyContent,
  quote: opt(yunhuQuote),
  mentions: opt(mentions),
  buttons: opt(buttons),
  command: opt(record({ id: count, name: opt(word) })),
  ext: opt(word),
  editedAt: opt(time),
  recalledAt: opt(time),
}) as fc.Arbitrary<MessageDraft>;
