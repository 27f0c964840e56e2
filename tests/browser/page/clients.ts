// Both clients against their fakes over real HTTP: a send, the history it shows up in, and the
// typed error of a refused credential. The page reaches each fake through a CORS front.
import { ContentType, createRestClient, RestApiError, TargetType } from "@chatwire/rest-client";
import { createYunhuClient, YunhuApiError } from "@chatwire/yunhu-client";
import { type ErrorFacts, errorFacts } from "./error-facts.js";

/** What the MaxIM scenario saw. */
export interface RestScenario {
  readonly sent: unknown;
  /** The conversation page; int64 values as strings with their JavaScript type. */
  readonly page: unknown;
  readonly refused: ErrorFacts;
}

/** Tags each bigint so the test can tell a number from a bigint after the page hands it over. */
const plain = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? `bigint:${v}` : v))) as unknown;

/** Sends a text to `peer`, reads the conversation back, then calls with a wrong token. */
export async function restScenario(options: {
  baseUrl: string;
  appId: string;
  accessToken: string;
  userId: number;
  peer: number;
  text: string;
}): Promise<RestScenario> {
  const { baseUrl, appId, accessToken, userId, peer, text } = options;
  const client = createRestClient({ baseUrl, appId, accessToken, userId });
  const sent = await client.sendMessage({
    targets: [peer],
    type: TargetType.USER,
    content: text,
    content_type: ContentType.TEXT,
  });
  const page = await client.getConversationMessages({ opposite_id: peer, msg_id_start: 0, limit: 10 });
  const wrong = createRestClient({
    baseUrl,
    appId,
    accessToken: `${accessToken}-wrong`,
    userId,
    retry: false,
  });
  const refused = await errorFacts(
    () =>
      wrong.sendMessage({
        targets: [peer],
        type: TargetType.USER,
        content: text,
        content_type: ContentType.TEXT,
      }),
    RestApiError,
  );
  return { sent: plain(sent), page: plain(page), refused };
}

/** What the Yunhu scenario saw. */
export interface YunhuScenario {
  readonly msgId: string;
  readonly listed: { msgId: string; text: string | undefined; contentType: number }[];
  readonly refused: ErrorFacts;
}

/** Sends a text to a group chat, lists the chat, then calls with a wrong token. */
export async function yunhuScenario(options: {
  baseUrl: string;
  token: string;
  chatId: string;
  text: string;
}) {
  const { baseUrl, token, chatId, text } = options;
  const client = createYunhuClient({ token, baseUrl });
  const sent = await client.sendMessage({ chatId, chatType: 2, contentType: 1, data: { text } });
  const list = await client.listMessage({ chatId, chatType: 2, msgCount: 10 });
  const wrong = createYunhuClient({ token: `${token}-wrong`, baseUrl, retry: false });
  const refused = await errorFacts(
    () => wrong.listMessage({ chatId, chatType: 2, msgCount: 1 }),
    YunhuApiError,
  );
  const scenario: YunhuScenario = {
    msgId: sent.msgId,
    listed: list.msg.map((m) => ({ msgId: m.msgId, text: m.content?.text, contentType: m.contentType })),
    refused,
  };
  return scenario;
}
