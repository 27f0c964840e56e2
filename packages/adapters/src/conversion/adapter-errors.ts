import type { ConversionLoss } from "./conversion-loss.js";

/** Base class of every error @chatwire/adapters throws. */
export class ChatwireAdapterError extends Error {
  override name = "ChatwireAdapterError";
}

/** A strict conversion met content the target system cannot carry. */
export class UnsupportedContentError extends ChatwireAdapterError {
  override name = "UnsupportedContentError";
  readonly target: string;
  readonly losses: readonly ConversionLoss[];

  constructor(target: string, losses: readonly ConversionLoss[]) {
    const summary = losses.map((loss) => `${loss.field}: ${loss.reason}`).join("; ");
    super(`${target} cannot carry this message (${summary})`);
    this.target = target;
    this.losses = losses;
  }
}

/** A system's message is malformed: a field the converter needs is missing, of the wrong type or out of range. */
export class InvalidSourceMessageError extends ChatwireAdapterError {
  override name = "InvalidSourceMessageError";
  readonly system: string;
  readonly field: string;

  constructor(system: string, field: string, problem: string, options?: { cause?: unknown }) {
    super(`${system} message field "${field}" ${problem}`, options);
    this.system = system;
    this.field = field;
  }
}

/** An ID cannot be expressed in the target system (e.g. a non-numeric ID for MaxIM's int64 IDs). */
export class InvalidIdError extends ChatwireAdapterError {
  override name = "InvalidIdError";
  readonly system: string;
  readonly field: string;

  constructor(system: string, field: string, problem: string) {
    super(`${system} ${field} ${problem}`);
    this.system = system;
    this.field = field;
  }
}
