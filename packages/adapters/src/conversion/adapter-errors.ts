import { ChatwireError, type ErrorKind } from "@chatwire/errors";
import type { ConversionLoss } from "./conversion-loss.js";

export interface AdapterErrorDetails {
  /** Default `invalid-request`: the converters refuse what they were handed. */
  readonly kind?: ErrorKind;
  /** Default `"convert"`. */
  readonly operation?: string;
  readonly code?: number;
  readonly status?: number;
  readonly retryable?: boolean;
  readonly cause?: unknown;
}

/**
 * Base class of every error @chatwire/adapters throws; a `ChatwireError`, so `kind`, `operation`,
 * `code`, `status` and `retryable` mean what they mean in the clients.
 */
export class ChatwireAdapterError extends ChatwireError {
  static override readonly brand: string = "ChatwireAdapterError";
  override name = "ChatwireAdapterError";

  constructor(message: string, details: AdapterErrorDetails = {}) {
    super(message, {
      kind: details.kind ?? "invalid-request",
      operation: details.operation ?? "convert",
      code: details.code,
      status: details.status,
      retryable: details.retryable,
      cause: details.cause,
    });
  }
}

/** A strict conversion met content the target system cannot carry. */
export class UnsupportedContentError extends ChatwireAdapterError {
  static override readonly brand: string = "UnsupportedContentError";
  override name = "UnsupportedContentError";
  readonly target: string;
  readonly losses: readonly ConversionLoss[];

  constructor(target: string, losses: readonly ConversionLoss[]) {
    const summary = losses.map((loss) => `${loss.field}: ${loss.reason}`).join("; ");
    super(`${target} cannot carry this message (${summary})`, {
      kind: "unsupported",
      operation: `convert to ${target}`,
    });
    this.target = target;
    this.losses = losses;
  }
}

/** A system's message is malformed: a field the converter needs is missing, of the wrong type or out of range. */
export class InvalidSourceMessageError extends ChatwireAdapterError {
  static override readonly brand: string = "InvalidSourceMessageError";
  override name = "InvalidSourceMessageError";
  readonly system: string;
  readonly field: string;

  constructor(system: string, field: string, problem: string, options?: { cause?: unknown }) {
    super(`${system} message field "${field}" ${problem}`, {
      operation: `convert from ${system}`,
      cause: options?.cause,
    });
    this.system = system;
    this.field = field;
  }
}

/** An ID cannot be expressed in the target system (e.g. a non-numeric ID for MaxIM's int64 IDs). */
export class InvalidIdError extends ChatwireAdapterError {
  static override readonly brand: string = "InvalidIdError";
  override name = "InvalidIdError";
  readonly system: string;
  readonly field: string;

  constructor(system: string, field: string, problem: string) {
    super(`${system} ${field} ${problem}`, { operation: `convert to ${system}` });
    this.system = system;
    this.field = field;
  }
}
