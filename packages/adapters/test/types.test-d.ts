import type { IMMessage } from "@chatwire/openim-types/shared";
import type { msg } from "@chatwire/yunhu-client";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ChatContent,
  ChatMessage,
  ChatPlatform,
  Converted,
  PlatformErrorReason,
  SentMessage,
} from "../src/index.js";
import { fromOpenImMessage, fromYunhuMessage, toMaximSendBody, toOpenImMessage } from "../src/index.js";

describe("public types", () => {
  it("narrow content by kind", () => {
    const content = {} as ChatContent;
    if (content.kind === "image") expectTypeOf(content.url).toEqualTypeOf<string>();
    if (content.kind === "location") expectTypeOf(content.latitude).toEqualTypeOf<number>();
    if (content.kind === "forward") expectTypeOf(content.messages).toEqualTypeOf<ChatMessage[]>();
    expectTypeOf<ChatContent["kind"]>().toEqualTypeOf<
      | "text"
      | "markdown"
      | "html"
      | "image"
      | "audio"
      | "video"
      | "file"
      | "location"
      | "card"
      | "sticker"
      | "post"
      | "custom"
      | "forward"
      | "stream"
      | "notification"
      | "unknown"
    >();
  });

  it("type raw by the system a message came from", () => {
    expectTypeOf(fromOpenImMessage).returns.toEqualTypeOf<ChatMessage<IMMessage>>();
    expectTypeOf(fromYunhuMessage).returns.toEqualTypeOf<ChatMessage<msg.Msg>>();
    expectTypeOf(toOpenImMessage).returns.toEqualTypeOf<Converted<IMMessage>>();
    expectTypeOf(toMaximSendBody).returns.toHaveProperty("losses");
  });

  it("make edit and subscribe optional, and errors a closed set", () => {
    expectTypeOf<ChatPlatform["edit"]>().toBeNullable();
    expectTypeOf<ChatPlatform["subscribe"]>().toBeNullable();
    expectTypeOf<Awaited<ReturnType<ChatPlatform["send"]>>>().toEqualTypeOf<SentMessage>();
    expectTypeOf<SentMessage["id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<"unavailable">().toMatchTypeOf<PlatformErrorReason>();
  });
});
