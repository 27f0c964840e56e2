import { assertRedactableSecret } from "@chatwire/errors";
import { createHttpCaller, stringifyJson } from "@chatwire/http-core";
import createClient, { type Client } from "openapi-fetch";
import { maximMethodOperations, maximPagedCalls } from "./gen/maxim-method-names.js";
import type { paths } from "./gen/maxim-server.js";
import { loadOperation } from "./load-operation.js";
import type {
  ConversationMessagePage,
  DeleteConversationParams,
  GetConversationMessagesParams,
  RecallMessageParams,
  SendMessageBody,
  SendNotificationBody,
  SendReadAckParams,
  UnreadConversation,
} from "./message-types.js";
import type { MaximNamespaces } from "./operation-types.js";
import { pagesOf } from "./pagers.js";
import { RestApiError, type RestOperation } from "./rest-api-error.js";
import type { RestCallOptions, RestClientOptions } from "./rest-client-options.js";
import { type ClientContext, refuse, runOperation, splitArguments } from "./run-operation.js";
import { int64Problem } from "./validation/int64-problem.js";

/** The message operations under the names they had before the whole API was covered. */
export interface RestMessageAliases {
  /** `message.send`, with the attachment given decoded or left out. Retried only with `transaction_id`. */
  sendMessage(body: SendMessageBody, options?: RestCallOptions): Promise<boolean>;
  /** `message.notify`, the same body as a send. Retried only with `transaction_id`. */
  sendNotification(body: SendNotificationBody, options?: RestCallOptions): Promise<boolean>;
  /** `message.recall`. Never retried. */
  recallMessage(params: RecallMessageParams, options?: RestCallOptions): Promise<boolean>;
  /** `message.conversation`: one page of a conversation, newest first. */
  getConversationMessages(
    params: GetConversationMessagesParams,
    options?: RestCallOptions,
  ): Promise<ConversationMessagePage>;
  /** `message.conversationDelete`. */
  deleteConversation(params: DeleteConversationParams, options?: RestCallOptions): Promise<boolean>;
  /** `message.ack`: marks messages as read (so it is never retried). */
  sendReadAck(params?: SendReadAckParams, options?: RestCallOptions): Promise<boolean>;
  /** `message.unread`: recent conversations with their unread counts. */
  listUnread(options?: RestCallOptions): Promise<UnreadConversation[]>;
}

/** A client of the whole MaxIM server API: `client.<namespace>.<method>` for every operation. */
export type RestClient = MaximNamespaces &
  RestMessageAliases & {
    /**
     * The underlying openapi-fetch client, typed by the spec, with `app_id` and `access-token`
     * set and the same origin check, time limit and response budget. It parses JSON with
     * `JSON.parse`: ask for `parseAs: "text"` and use `parseJson` where IDs may pass 2^53.
     */
    readonly api: Client<paths>;
  };

const headerSafe = /^[\x21-\x7e]+$/;

/**
 * Fills the attachment the spec requires of every send; text messages carry an empty one, and one
 * given decoded is checked and encoded (its check is loaded only then). Throws the problem.
 */
async function encodeSendBody(body: unknown): Promise<unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const { attachment } = body as { attachment?: unknown };
  if (typeof attachment === "object" && attachment !== null) {
    const { attachmentProblem } = await import("./validation/attachment-problem.js");
    const problem = attachmentProblem(attachment);
    if (problem) throw new TypeError(`invalid attachment: ${problem}`);
    return { ...body, attachment: JSON.stringify(attachment) };
  }
  return attachment === undefined ? { ...body, attachment: "" } : body;
}

/**
 * Creates a client. Options are checked here: a `baseUrl` that is not http(s) or carries
 * `user:pass@`, an `appId` that is not visible ASCII, an `accessToken` shorter than 8 characters
 * and nonsense limits throw a TypeError or RangeError that never repeats a credential.
 */
export function createRestClient(options: RestClientOptions): RestClient {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("createRestClient needs an options object: { baseUrl, appId, accessToken }");
  }
  const { appId, accessToken, userId, groupId, ...transport } = options;
  if (typeof appId !== "string" || !headerSafe.test(appId)) {
    throw new TypeError("appId must be a non-empty string of visible ASCII characters");
  }
  if (accessToken !== undefined) assertRedactableSecret("accessToken", accessToken);
  for (const [name, value] of [
    ["userId", userId],
    ["groupId", groupId],
  ] as const) {
    if (value !== undefined && int64Problem(value)) {
      throw new RangeError(`${name} must be an int64: a safe integer number or a bigint`);
    }
  }
  const secrets = accessToken === undefined ? [] : [accessToken];
  // The rest of the options are the transport's (baseUrl, fetch, limits, retry, hooks), which
  // treats a key set to undefined as left out.
  const caller = createHttpCaller({
    ...transport,
    secrets,
    createError: (message, details) => new RestApiError(message, details as never),
  });
  const context: ClientContext = { caller, appId, accessToken, userId, groupId, secrets };

  // Built from the names alone: what each operation needs is loaded with its namespace, on the
  // first call of one of its operations.
  const paged = new Set<string>(maximPagedCalls);
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const [namespace, methods] of Object.entries(maximMethodOperations)) {
    const functions: Record<string, unknown> = {};
    for (const [name, operation] of Object.entries(methods) as [string, RestOperation][]) {
      const call = `${namespace}.${name}`;
      const method = async (...args: unknown[]) => {
        const loaded = await loadOperation(call, operation);
        const [input, callOptions] = splitArguments(loaded.row, args);
        return runOperation(context, loaded, input, callOptions);
      };
      if (paged.has(call)) Object.assign(method, { pages: pagesOf(context, call, operation) });
      functions[name] = method;
    }
    namespaces[namespace] = functions;
  }
  const message = namespaces.message as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const send = (name: "send" | "notify") => async (body: unknown, callOptions?: unknown) => {
    let encoded: unknown;
    try {
      encoded = await encodeSendBody(body);
    } catch (error) {
      const operation = name === "send" ? "POST /message/send" : "POST /message/notify";
      throw refuse(context, operation, (error as Error).message);
    }
    return message[name]?.(encoded, callOptions);
  };

  const api = createClient<paths>({
    baseUrl: caller.baseUrl,
    headers: { app_id: appId, ...(accessToken === undefined ? {} : { "access-token": accessToken }) },
    fetch: caller.fetch,
    // bigint IDs must reach the server as exact JSON numbers.
    bodySerializer: stringifyJson,
  });

  return Object.freeze({
    ...namespaces,
    api,
    sendMessage: send("send"),
    sendNotification: send("notify"),
    recallMessage: (params: unknown, callOptions?: unknown) => message.recall?.(params, callOptions),
    getConversationMessages: (params: unknown, callOptions?: unknown) =>
      message.conversation?.(params, callOptions),
    deleteConversation: (params: unknown, callOptions?: unknown) =>
      message.conversationDelete?.(params, callOptions),
    sendReadAck: (params: unknown = {}, callOptions?: unknown) => message.ack?.(params, callOptions),
    listUnread: (callOptions?: unknown) => message.unread?.(callOptions),
  }) as unknown as RestClient;
}
