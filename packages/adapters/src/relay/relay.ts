import { isChatwireError } from "@chatwire/errors";
import { ChatwireAdapterError } from "../conversion/adapter-errors.js";
import type { ConversionLoss } from "../conversion/conversion-loss.js";
import type { ChatMessage, ConversationRef, OutgoingMessage } from "../model/chat-message.js";
import type { ChatPlatform, SentMessage } from "../platform/chat-platform.js";
import { PlatformError } from "../platform/platform-error.js";
import { type RelayRecord, type RelayStore, UNKNOWN_TARGET_ID } from "./relay-store.js";

/** One side of a relay: a platform and a conversation on it. */
export interface RelayEndpoint {
  platform: ChatPlatform;
  conversation: ConversationRef;
}

/** How the relay waits between attempts of a send that failed with a retryable error. */
export interface RelayBackoff {
  /** Attempts after the first, when `maxAttempts` is not given. Default 4. */
  retries?: number;
  /** Wait before the second attempt in ms; each later wait doubles. Default 200. */
  minTimeoutMs?: number;
  /** Longest wait in ms. Default 5000. */
  maxTimeoutMs?: number;
}

/** What the relay reports through `onEvent`: one event per message relayed, skipped, retried or dead-lettered. */
export type RelayEvent =
  | { type: "relayed"; source: ChatMessage; targetId: string; losses: ConversionLoss[] }
  | { type: "skipped"; source: ChatMessage; reason: string }
  | { type: "retrying"; source: ChatMessage; attempt: number; error: PlatformError }
  | { type: "dead-lettered"; source: ChatMessage; attempts: number; error: PlatformError };

/** What a route is: its two ends and where it records what it did. */
export interface RelayRouteOptions {
  /** Records every claim and outcome; shared by every instance of the route. Required. */
  store: RelayStore;
  /** Names the route in the store. Default: `platform:kind:id->platform:kind:id` of the two ends. */
  routeId?: string;
  /** Names this relay instance in its claims. Default: a random ID per route object. */
  instanceId?: string;
  /**
   * How long a claim lasts in ms, after which another instance may take the message over and
   * send it again. Longer than the slowest send. Default 30000.
   */
  leaseMs?: number;
  /** Failed attempts after which a message is dead-lettered. Default `backoff.retries + 1`, i.e. 5. */
  maxAttempts?: number;
  /** Waits between attempts of a failing send. */
  backoff?: RelayBackoff;
  /** Rewrites or drops (by returning undefined) each message before it is sent. */
  transform?: (message: ChatMessage) => OutgoingMessage | undefined;
  /** Fail a message the target cannot carry instead of sending the documented fallback. */
  strict?: boolean;
  /** Source messages read per history call. Default 50. */
  pageSize?: number;
  /** Ignore source messages sent before this time (ms since the epoch). */
  since?: number;
  onEvent?: (event: RelayEvent) => void;
}

/** What one run of a route does. */
export interface RelayRunOptions {
  /** Keep polling every `intervalMs` until `signal` aborts, instead of one pass. */
  follow?: { intervalMs: number };
  signal?: AbortSignal;
}

export interface RelayOptions extends RelayRouteOptions, RelayRunOptions {}

/** A message this run delivered: its source ID, the copy's target ID and what the conversion lost. */
export interface RelayedMessage {
  sourceId: string;
  /** The copy's ID on the target, or `"unknown"` when the target system does not say. */
  targetId: string;
  losses: ConversionLoss[];
}

/** A message set aside after `maxAttempts` failed attempts; `redrive` puts it back. */
export interface DeadLetter {
  sourceId: string;
  attempts: number;
  error: string;
}

/** What one relay run did. */
export interface RelayReport {
  relayed: RelayedMessage[];
  skipped: { sourceId: string; reason: string }[];
  /** The messages this run dead-lettered. */
  deadLettered: DeadLetter[];
  /** Every dead letter the route holds when the run ends. */
  deadLetters: DeadLetter[];
}

/**
 * A relay run stopped on a failure of the source or of the store, or on a programming error
 * (`PlatformError` reason `internal`); `report` says what was done before.
 */
export class RelayError extends ChatwireAdapterError {
  override name = "RelayError";
  readonly report: RelayReport;

  constructor(report: RelayReport, cause: unknown) {
    super(`relay stopped: ${cause instanceof Error ? cause.message : String(cause)}`, {
      // The cause's kind when it is a chatwire error; a store driver's failure reads as a network fault.
      kind: isChatwireError(cause) ? cause.kind : "network",
      operation: "relay",
      retryable: isChatwireError(cause) ? cause.retryable : true,
      cause,
    });
    this.report = report;
  }
}

/** One relay between two conversations, bound to one store for its whole life. */
export interface RelayRoute {
  readonly routeId: string;
  readonly store: RelayStore;
  /** Relays what is new (and what earlier runs left unfinished); a second run sends nothing twice. */
  run(options?: RelayRunOptions): Promise<RelayReport>;
  /** The route's dead letters. */
  deadLetters(): Promise<DeadLetter[]>;
  /** Puts dead letters (all, or those named) back in line; the next run sends them. Answers how many. */
  redrive(sourceIds?: readonly string[]): Promise<number>;
}

/** `platform:kind:id` of one end of a route; the default route ID joins two of them with `->`. */
export const describeEndpoint = (endpoint: RelayEndpoint): string =>
  `${endpoint.platform.name}:${endpoint.conversation.kind}:${endpoint.conversation.id}`;

/**
 * A route from one conversation to another. Every message is claimed in the store before it is
 * sent, and sent with an idempotency key made of the route and the source ID, so any number of
 * runs and instances on one store send each source message at most once per route (given a
 * target that honours the key), and at least once unless it is dead-lettered.
 */
export function createRelayRoute(
  from: RelayEndpoint,
  to: RelayEndpoint,
  options: RelayRouteOptions,
): RelayRoute {
  if (!options?.store) {
    throw new ChatwireAdapterError(
      "a relay route needs a store: createMemoryRelayStore(), ./sqlite or ./postgres",
    );
  }
  const store = options.store;
  const routeId = options.routeId ?? `${describeEndpoint(from)}->${describeEndpoint(to)}`;
  const owner = options.instanceId ?? globalThis.crypto.randomUUID();
  const target = describeEndpoint(to);
  const source = describeEndpoint(from);
  const leaseMs = options.leaseMs ?? 30_000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? (options.backoff?.retries ?? 4) + 1);
  const minWait = options.backoff?.minTimeoutMs ?? 200;
  const maxWait = options.backoff?.maxTimeoutMs ?? 5000;
  const idempotencyKey = (sourceId: string) => `relay:${routeId}:${sourceId}`;

  const deadLetters = async () =>
    (await store.list(routeId, ["dead"])).map((record) => ({
      sourceId: record.sourceId,
      attempts: record.attempts,
      error: record.lastError ?? "",
    }));

  async function pass(report: RelayReport, signal: AbortSignal | undefined): Promise<void> {
    for (const message of await collectUnfinished(signal)) {
      if (signal?.aborted) return;
      await relayOne(message, report, signal);
    }
  }

  /**
   * Reads history back to the newest message the route finished, and further while messages the
   * store lists as unfinished (a claim whose holder died, a re-driven dead letter) are not found
   * yet; answers, oldest first, every message without a finished record.
   */
  async function collectUnfinished(signal: AbortSignal | undefined): Promise<ChatMessage[]> {
    const unfinished = new Set(
      (await store.list(routeId, ["pending", "failed"])).map((record) => record.sourceId),
    );
    const newestFirst: ChatMessage[] = [];
    let reachedFinished = false;
    for await (const page of from.platform.history(from.conversation, {
      pageSize: options.pageSize ?? 50,
      signal,
    })) {
      let stop = false;
      for (const message of [...page.messages].reverse()) {
        if (options.since !== undefined && message.time < options.since) {
          stop = true;
          break;
        }
        const wasUnfinished = unfinished.delete(message.id);
        if (reachedFinished && !wasUnfinished) {
          if (unfinished.size === 0) {
            stop = true;
            break;
          }
          continue;
        }
        const record = wasUnfinished ? undefined : await store.get(routeId, message.id);
        if (record && isFinished(record)) {
          reachedFinished = true;
          if (unfinished.size === 0) {
            stop = true;
            break;
          }
          continue;
        }
        newestFirst.push(message);
      }
      if (stop) break;
    }
    return newestFirst.reverse();
  }

  async function relayOne(message: ChatMessage, report: RelayReport, signal: AbortSignal | undefined) {
    let claim = await store.claim(routeId, message.id, owner, leaseMs);
    if (!claim) return;
    const skip = await skipReason(message);
    const outgoing = skip ? undefined : await outgoingFor(message);
    if (skip || !outgoing) {
      const reason = skip ?? "dropped by transform";
      if (await store.settle(routeId, message.id, owner, { state: "skipped", reason })) {
        report.skipped.push({ sourceId: message.id, reason });
        options.onEvent?.({ type: "skipped", source: message, reason });
      }
      return;
    }
    for (;;) {
      let sent: SentMessage;
      try {
        sent = await to.platform.send(to.conversation, outgoing, {
          idempotencyKey: idempotencyKey(message.id),
          strict: options.strict,
          signal,
        });
      } catch (error) {
        // An aborted run leaves the claim to expire; the next run resends with the same key.
        if (signal?.aborted || (error instanceof PlatformError && error.reason === "aborted")) return;
        // A programming error is no fault of the message: stop the run rather than use up its attempts.
        if (!(error instanceof PlatformError) || error.reason === "internal") throw error;
        const settled = await store.settle(routeId, message.id, owner, {
          state: "failed",
          error: describeError(error),
          maxAttempts,
        });
        if (!settled) return;
        if (settled.state === "dead") {
          const letter = { sourceId: message.id, attempts: settled.attempts, error: settled.lastError ?? "" };
          report.deadLettered.push(letter);
          options.onEvent?.({ type: "dead-lettered", source: message, attempts: settled.attempts, error });
          return;
        }
        options.onEvent?.({ type: "retrying", source: message, attempt: settled.attempts, error });
        // Only a retryable failure is worth waiting for; another attempt of a refused one goes at once.
        const waitMs = error.retryable ? Math.min(maxWait, minWait * 2 ** (settled.attempts - 1)) : 0;
        if (await waitOrAbort(waitMs, signal)) return;
        claim = await store.claim(routeId, message.id, owner, leaseMs);
        if (!claim) return;
        continue;
      }
      const targetId = sent.id ?? UNKNOWN_TARGET_ID;
      if (await store.settle(routeId, message.id, owner, { state: "sent", targetId, target })) {
        report.relayed.push({ sourceId: message.id, targetId, losses: sent.losses });
        options.onEvent?.({ type: "relayed", source: message, targetId, losses: sent.losses });
      }
      return;
    }
  }

  async function skipReason(message: ChatMessage): Promise<string | undefined> {
    if (message.origin !== undefined || (await store.isCopy(source, message.id))) return "written by a relay";
    if (message.recalledAt !== undefined) return "recalled";
    if (message.content.kind === "notification" && message.content.event === "typing") return "typing notice";
    return undefined;
  }

  /** The message to send: transformed, its quote pointed at the copy, marked with its origin. */
  async function outgoingFor(message: ChatMessage): Promise<OutgoingMessage | undefined> {
    const outgoing = options.transform ? options.transform(message) : outgoingOf(message);
    if (!outgoing) return undefined;
    const marked: OutgoingMessage = {
      ...outgoing,
      origin: { route: routeId, from: source, sourceId: message.id },
    };
    if (!marked.quote) return marked;
    const quoted = await store.get(routeId, marked.quote.messageId);
    if (quoted?.targetId === undefined || quoted.targetId === UNKNOWN_TARGET_ID) return marked;
    const { message: _sourceMessage, ...quote } = marked.quote;
    return { ...marked, quote: { ...quote, messageId: quoted.targetId } };
  }

  async function run(runOptions: RelayRunOptions = {}): Promise<RelayReport> {
    const report: RelayReport = { relayed: [], skipped: [], deadLettered: [], deadLetters: [] };
    try {
      for (;;) {
        await pass(report, runOptions.signal);
        if (!runOptions.follow || runOptions.signal?.aborted) break;
        if (await waitOrAbort(runOptions.follow.intervalMs, runOptions.signal)) break;
      }
      report.deadLetters = await deadLetters();
    } catch (error) {
      if (runOptions.signal?.aborted && error instanceof PlatformError && error.reason === "aborted")
        return report;
      throw new RelayError(report, error);
    }
    return report;
  }

  return {
    routeId,
    store,
    run,
    deadLetters,
    redrive: (sourceIds) => store.redrive(routeId, sourceIds),
  };
}

/**
 * Moves the messages of one conversation that are new since the last run to another, converting
 * their content, oldest first: `createRelayRoute(from, to, options).run(options)`. The store is
 * required, so that calling it again never sends what an earlier call sent.
 */
export async function relay(
  from: RelayEndpoint,
  to: RelayEndpoint,
  options: RelayOptions,
): Promise<RelayReport> {
  return createRelayRoute(from, to, options).run(options);
}

const isFinished = (record: RelayRecord) =>
  record.state === "sent" || record.state === "skipped" || record.state === "dead";

/** The error as the store keeps it: its code and message (client errors keep secrets out of messages). */
function describeError(error: unknown): string {
  if (error instanceof PlatformError) return `${error.reason}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
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
