import { type CallOptions, stringifyJson } from "@chatwire/http-core";
import createClient from "openapi-fetch";
import { callJsonEndpoint } from "./call-json-endpoint.js";
import { createClientContext } from "./client-context.js";
import type { YunhuClientOptions } from "./client-options.js";
import { protobufEndpoints } from "./gen/endpoints.js";
import type { paths } from "./gen/msg-json.js";
import {
  type FileDownloadRecordRequest,
  type FileDownloadRecordResponse,
  jsonEndpoints,
  type ListMessageEditRecordRequest,
  type ListMessageEditRecordResponse,
  type YunhuJsonApi,
} from "./json-endpoints.js";
import type {
  ProtobufEndpoint,
  ProtobufMethodName,
  ProtobufRequest,
  ProtobufResponse,
} from "./protobuf-method-types.js";
import { buildProtobufMethods } from "./protobuf-methods.js";

/** `sendMessage` also reports the msgId it was sent under (the caller's or a fresh one). */
export type ProtobufResult<M extends ProtobufMethodName> = M extends "sendMessage"
  ? ProtobufResponse<M> & { msgId: string }
  : ProtobufResponse<M>;

/** One method per rpc of the proto's service, derived from the generated endpoint table. */
export type ProtobufMethods = {
  readonly [M in ProtobufMethodName]: (
    request: ProtobufRequest<M>,
    options?: CallOptions,
  ) => Promise<ProtobufResult<M>>;
};

/** The methods of the endpoints that speak JSON. */
export interface JsonMethods {
  /** POST /v1/msg/list-message-edit-record: one page of a message's earlier versions. */
  listMessageEditRecord(
    body: ListMessageEditRecordRequest,
    options?: CallOptions,
  ): Promise<ListMessageEditRecordResponse>;
  /** POST /v1/msg/file-download-record: records that a file message was saved on the device. */
  fileDownloadRecord(
    body: FileDownloadRecordRequest,
    options?: CallOptions,
  ): Promise<FileDownloadRecordResponse>;
}

/** What `createYunhuClient` returns: one method per endpoint. */
export type YunhuClient = ProtobufMethods &
  JsonMethods & {
    /**
     * The underlying openapi-fetch client of the JSON endpoints (token header preset), for what
     * the methods do not cover: bounded answers, a time limit and typed errors, but no retries
     * and no redirects followed.
     */
    readonly api: YunhuJsonApi;
  };

/**
 * A client for the Yunhu `/v1/msg` API. Options are checked here, once: a missing options
 * object, a token shorter than 8 visible ASCII characters, a `baseUrl` with `user:pass@` or a
 * nonsensical limit is a TypeError or RangeError, before any request.
 */
export function createYunhuClient(options: YunhuClientOptions): YunhuClient {
  const context = createClientContext(options);
  const api = createClient<paths>({
    baseUrl: context.http.baseUrl,
    // The same origin check, response budget, time limit and typed errors as the methods; one
    // attempt, and no redirect followed, since what a raw call does is not known.
    fetch: (request: Request) => context.http.fetch(request),
    headers: { token: context.token },
    bodySerializer: (body: unknown) => stringifyJson(body),
  });

  const methods: Record<string, unknown> = buildProtobufMethods(
    context,
    protobufEndpoints as unknown as Record<string, ProtobufEndpoint<unknown, unknown>>,
  );
  for (const [name, endpoint] of Object.entries(jsonEndpoints)) {
    methods[name] = (body: unknown, callOptions?: CallOptions) =>
      callJsonEndpoint(context, endpoint as never, body, callOptions);
  }
  return Object.freeze({ ...methods, api }) as unknown as YunhuClient;
}
