import type { Client } from "openapi-fetch";
import { buildAttachment } from "./attachment.js";
import { createClientContext } from "./client-context.js";
import type { components, operations, paths } from "./gen/maxim-message.js";
import type {
  ConversationMessagePage,
  DeleteConversationParams,
  GetConversationMessagesParams,
  RecallMessageParams,
  SendMessageBody,
  SendNotificationBody,
  SendReadAckParams,
  UnreadConversation,
} from "./operation-types.js";
import type { RestCallOptions, RestClientOptions } from "./rest-client-options.js";
import { runOperation } from "./run-operation.js";

/** A typed client for the MaxIM message API. Every method resolves the envelope's `data`. */
export interface RestClient {
  /** POST /message/send. Retried on transient faults only when `transaction_id` is set. */
  sendMessage(body: SendMessageBody, options?: RestCallOptions): Promise<boolean>;
  /** POST /message/notify. Retried on transient faults only when `transaction_id` is set. */
  sendNotification(body: SendNotificationBody, options?: RestCallOptions): Promise<boolean>;
  /** POST /message/recall. Never retried. */
  recallMessage(params: RecallMessageParams, options?: RestCallOptions): Promise<boolean>;
  /** GET /message/conversation: one page, newest first. */
  getConversationMessages(
    params: GetConversationMessagesParams,
    options?: RestCallOptions,
  ): Promise<ConversationMessagePage>;
  /** DELETE /message/conversation. */
  deleteConversation(params: DeleteConversationParams, options?: RestCallOptions): Promise<boolean>;
  /** GET /message/ack: marks messages as read. */
  sendReadAck(params?: SendReadAckParams, options?: RestCallOptions): Promise<boolean>;
  /** GET /message/unread: recent conversations with their unread counts. */
  listUnread(options?: RestCallOptions): Promise<UnreadConversation[]>;
  /**
   * The underlying openapi-fetch client, with `app_id` and `access-token` already set. It parses
   * JSON with `JSON.parse`: ask for `parseAs: "text"` and use `parseJson` where IDs may pass 2^53.
   */
  readonly api: Client<paths>;
}

type Schemas = components["schemas"];
type Query<Operation extends keyof operations> = NonNullable<operations[Operation]["parameters"]["query"]>;

/** openapi-fetch types int64 as number; our values may be bigint, which `stringifyJson` writes exactly. */
function asGenerated<Generated>(value: unknown): Generated {
  return value as Generated;
}

/** Fills the attachment the spec requires of every send; text messages carry an empty one. */
function encodeSendBody(body: SendMessageBody | SendNotificationBody) {
  const { attachment } = body;
  return {
    ...body,
    attachment: typeof attachment === "object" ? buildAttachment(attachment) : (attachment ?? ""),
  };
}

export function createRestClient(options: RestClientOptions): RestClient {
  const context = createClientContext(options);
  const { api, transport } = context;

  return {
    api,
    sendMessage: (body, callOptions = {}) =>
      runOperation(context, "POST /message/send", callOptions, () => {
        const encoded = encodeSendBody(body);
        return {
          repeatable: body.transaction_id !== undefined,
          input: encoded,
          send: (signal, headers) =>
            transport.POST("/message/send", {
              body: asGenerated<Schemas["SendMessageRequest"]>(encoded),
              headers,
              signal,
              parseAs: "text",
            }),
        };
      }),
    sendNotification: (body, callOptions = {}) =>
      runOperation(context, "POST /message/notify", callOptions, () => {
        const encoded = encodeSendBody(body);
        return {
          repeatable: body.transaction_id !== undefined,
          input: encoded,
          send: (signal, headers) =>
            transport.POST("/message/notify", {
              body: asGenerated<Schemas["SendNotificationRequest"]>(encoded),
              headers,
              signal,
              parseAs: "text",
            }),
        };
      }),
    recallMessage: (params, callOptions = {}) =>
      runOperation(context, "POST /message/recall", callOptions, () => ({
        repeatable: false,
        input: params,
        send: (signal, headers) =>
          transport.POST("/message/recall", {
            body: asGenerated<Schemas["RecallMessageRequest"]>(params),
            headers,
            signal,
            parseAs: "text",
          }),
      })),
    getConversationMessages: (params, callOptions = {}) =>
      runOperation(context, "GET /message/conversation", callOptions, () => ({
        repeatable: true,
        input: params,
        send: (signal, headers) =>
          transport.GET("/message/conversation", {
            params: { query: asGenerated<Query<"getConversationMessages">>(params) },
            headers,
            signal,
            parseAs: "text",
          }),
      })),
    deleteConversation: (params, callOptions = {}) =>
      runOperation(context, "DELETE /message/conversation", callOptions, () => ({
        repeatable: true,
        input: params,
        send: (signal, headers) =>
          transport.DELETE("/message/conversation", {
            params: { query: asGenerated<Query<"deleteConversation">>(params) },
            headers,
            signal,
            parseAs: "text",
          }),
      })),
    sendReadAck: (params = {}, callOptions = {}) =>
      runOperation(context, "GET /message/ack", callOptions, () => ({
        repeatable: true,
        input: params,
        send: (signal, headers) =>
          transport.GET("/message/ack", {
            params: { query: asGenerated<Query<"sendReadAck">>(params) },
            headers,
            signal,
            parseAs: "text",
          }),
      })),
    listUnread: (callOptions = {}) =>
      runOperation(context, "GET /message/unread", callOptions, () => ({
        repeatable: true,
        input: {},
        send: (signal, headers) => transport.GET("/message/unread", { headers, signal, parseAs: "text" }),
      })),
  };
}
