import pRetry from "p-retry";
import { ChatwireAdapterError } from "../conversion/adapter-errors.js";
import type { ConversionLoss } from "../conversion/conversion-loss.js";
import type { ChatMessage, ConversationRef, OutgoingMessage } from "../model/chat-message.js";
import type { ChatPlatform } from "../platform/chat-platform.js";
import { PlatformError } from "../platform/platform-error.js";
import { createMemoryRelayStore, type RelayRecord, type RelayStore } from "./relay-store.js";

/** One side of a relay: a platform and a conversation on it. */
export interface RelayEndpoint {
  platform: ChatPlatform;
  conversation: ConversationRef;
}

/** How the relay retries a send that failed with a retryable error. */
export interface RelayBackoff {
  /** Attempts after the first. Default 4. */
  retries?: number;
  /** Wait before the first retry in ms. Default 200. */
  minTimeoutMs?: number;
  /** Longest wait in ms. Default 5000. */
  maxTimeoutMs?: number;
}

/** What the relay reports through `onEvent`, one event per message handled or retried. */
export type RelayEvent =
  | { type: "relayed"; source: ChatMessage; targetId: string | undefined; losses: ConversionLoss[] }
  | { type: "skipped"; source: ChatMessage; reason: string }
  | { type: "retrying"; source: ChatMessage; attempt: number; error: PlatformError };

/** Options of `relay`. */
export interface RelayOptions {
  /** Remembers what was relayed. Default: a new in-memory store (so pass one to survive restarts). */
  store?: RelayStore;
  /** Names this relay in the store; two relays between the same conversations share it. */
  routeId?: string;
  /** Ignore source messages sent before this time (ms since the epoch). */
  since?: number;
  /** Source messages read per history call. Default 50. */
  pageSize?: number;
  /** Backoff for sends that fail with a retryable `PlatformError`. */
  backoff?: RelayBackoff;
  /** Rewrites or drops (by returning undefined) each message before it is sent. */
  transform?: (message: ChatMessage) => OutgoingMessage | undefined;
  /** Fail a message the target cannot carry instead of sending the documented fallback. */
  strict?: boolean;
  /** Keep polling every `intervalMs` until `signal` aborts, instead of one pass. */
  follow?: { intervalMs: number };
  signal?: AbortSignal;
  onEvent?: (event: RelayEvent) => void;
}

/** A message the relay sent: its source ID, the ID on the target and what the conversion lost. */
export interface RelayedMessage {
  sourceId: string;
  targetId: string | undefined;
  losses: ConversionLoss[];
}

/** What one relay pass did: messages relayed and messages skipped, with the reason. */
export interface RelayReport {
  relayed: RelayedMessage[];
  skipped: { sourceId: string; reason: string }[];
}

/** A relay pass stopped on a message it could not send; `report` says what was done before. */
export class RelayError extends ChatwireAdapterError {
  override name = "RelayError";
  readonly sourceId: string;
  readonly report: RelayReport;

  constructor(sourceId: string, report: RelayReport, cause: unknown) {
    super(`relaying message ${sourceId} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.sourceId = sourceId;
    this.report = report;
  }
}

const describe = (endpoint: RelayEndpoint) =>
  `${endpoint.platform.name}:${endpoint.conversation.kind}:${endpoint.conversation.id}`;

/**
 * Moves new messages from one conversation to another, converting their content, oldest first.
 * Each message is recorded before and after it is sent, and sent with an idempotency key derived
 * from the route and the source ID, so a relay restarted at any point sends every message once.
 * Messages the relay itself wrote to a conversation are never relayed back from it.
 */
export async function relay(
  from: RelayEndpoint,
  to: RelayEndpoint,
  options: RelayOptions = {},
): Promise<RelayReport> {
  const report: RelayReport = { relayed: [], skipped: [] };
  const store = options.store ?? createMemoryRelayStore();
  for (;;) {
    await relayPass(from, to, options, store, report);
    if (!options.follow || options.signal?.aborted) return report;
    const stopped = await waitOrAbort(options.follow.intervalMs, options.signal);
    if (stopped) return report;
  }
}

async function relayPass(
  from: RelayEndpoint,
  to: RelayEndpoint,
  options: RelayOptions,
  store: RelayStore,
  report: RelayReport,
): Promise<void> {
  const routeId = options.routeId ?? `${describe(from)}->${describe(to)}`;
  const sourceKey = (id: string) => `relay:${routeId}:${id}`;
  // Marks a message the relay created, so that no relay reading that conversation sends it back.
  const writtenKey = (endpoint: RelayEndpoint, id: string) => `written:${describe(endpoint)}:${id}`;

  const pending = await collectNew(from, options, store, sourceKey);
  for (const message of pending) {
    if (options.signal?.aborted) return;
    const key = sourceKey(message.id);
    const skip = await skipReason(message, store, writtenKey(from, message.id));
    const outgoing = skip
      ? undefined
      : await withRelayedQuote(
          options.transform ? options.transform(message) : outgoingOf(message),
          store,
          sourceKey,
        );
    if (skip || !outgoing) {
      const reason = skip ?? "dropped by transform";
      await store.set(key, { state: "skipped", at: Date.now() });
      report.skipped.push({ sourceId: message.id, reason });
      options.onEvent?.({ type: "skipped", source: message, reason });
      continue;
    }
    await store.set(key, { state: "pending", at: Date.now() });
    let sent: Awaited<ReturnType<ChatPlatform["send"]>>;
    try {
      sent = await pRetry(
        () =>
          to.platform.send(to.conversation, outgoing, {
            idempotencyKey: key,
            strict: options.strict,
            signal: options.signal,
          }),
        {
          retries: options.backoff?.retries ?? 4,
          minTimeout: options.backoff?.minTimeoutMs ?? 200,
          maxTimeout: options.backoff?.maxTimeoutMs ?? 5000,
          signal: options.signal,
          shouldRetry: ({ error }) => error instanceof PlatformError && error.retryable,
          onFailedAttempt: ({ error, attemptNumber }) => {
            if (error instanceof PlatformError && error.retryable) {
              options.onEvent?.({ type: "retrying", source: message, attempt: attemptNumber, error });
            }
          },
        },
      );
    } catch (error) {
      throw new RelayError(message.id, report, error);
    }
    const record: RelayRecord = { state: "relayed", at: Date.now() };
    if (sent.id !== undefined) {
      record.targetId = sent.id;
      await store.set(writtenKey(to, sent.id), { state: "relayed", targetId: message.id, at: record.at });
    }
    await store.set(key, record);
    report.relayed.push({ sourceId: message.id, targetId: sent.id, losses: sent.losses });
    options.onEvent?.({ type: "relayed", source: message, targetId: sent.id, losses: sent.losses });
  }
}

/**
 * Reads history back to the newest message already handled and returns everything newer,
 * oldest first. Pending messages are included: their send may not have happened.
 */
async function collectNew(
  from: RelayEndpoint,
  options: RelayOptions,
  store: RelayStore,
  sourceKey: (id: string) => string,
): Promise<ChatMessage[]> {
  const newestFirst: ChatMessage[] = [];
  for await (const page of from.platform.history(from.conversation, {
    pageSize: options.pageSize ?? 50,
    signal: options.signal,
  })) {
    let reachedHandled = false;
    for (const message of [...page.messages].reverse()) {
      if (options.since !== undefined && message.time < options.since) {
        reachedHandled = true;
        break;
      }
      const record = await store.get(sourceKey(message.id));
      if (record && record.state !== "pending") {
        reachedHandled = true;
        break;
      }
      newestFirst.push(message);
    }
    if (reachedHandled) break;
  }
  return newestFirst.reverse();
}

async function skipReason(
  message: ChatMessage,
  store: RelayStore,
  writtenKey: string,
): Promise<string | undefined> {
  if (await store.get(writtenKey)) return "written by a relay";
  if (message.recalledAt !== undefined) return "recalled";
  if (message.content.kind === "notification" && message.content.event === "typing") return "typing notice";
  return undefined;
}

/** A quote of a message this route already relayed points at the relayed copy on the target. */
async function withRelayedQuote(
  outgoing: OutgoingMessage | undefined,
  store: RelayStore,
  sourceKey: (id: string) => string,
): Promise<OutgoingMessage | undefined> {
  if (!outgoing?.quote) return outgoing;
  const record = await store.get(sourceKey(outgoing.quote.messageId));
  if (record?.targetId === undefined) return outgoing;
  const { message: _sourceMessage, ...quote } = outgoing.quote;
  return { ...outgoing, quote: { ...quote, messageId: record.targetId } };
}

function outgoingOf(message: ChatMessage): OutgoingMessage {
  const { content, quote, mentions, buttons, command, ext } = message;
  const outgoing: OutgoingMessage = { content };
  if (quote) outgoing.quote = quote;
  if (mentions) outgoing.mentions = mentions;
  if (buttons) outgoing.buttons = buttons;
  if (command) outgoing.command = command;
  if (ext !== undefined) outgoing.ext = ext;
  return outgoing;
}

function waitOrAbort(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(true);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve(false);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(true);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
