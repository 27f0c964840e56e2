import type { DecodeLimits } from "@chatwire/protobuf-runtime";
import { ffiNameOf } from "../ffi-envelope/ffi-names.js";
import { FfiResult } from "../gen/ffi.js";
import type { CallTable, PendingCall } from "./call-table.js";
import { decodeFailureKind, decodePayload } from "./decode-payload.js";
import { errorCodeName } from "./error-code-name.js";
import type { EventHub } from "./event-hub.js";
import { OpenImSdkError } from "./openim-sdk-error.js";
import { type PayloadCodec, type SurfaceRow, surfaceRow } from "./sdk-surface.js";
import { type FfiHandle, handleKey, type OpenImSdkTransport } from "./sdk-transport.js";

/** The core's errMsg is quoted in errors up to this length. */
const maxErrMsgLength = 500;

export interface DispatcherOptions {
  readonly transport: OpenImSdkTransport;
  readonly calls: CallTable;
  readonly hub: EventHub;
  readonly maxResponseBytes: number;
  readonly decodeLimits: DecodeLimits | undefined;
  readonly report: (error: unknown) => void;
  readonly isClosed: () => boolean;
}

/**
 * Routes every `FfiResult` the core delivers: a call's progress to its `onProgress`, its result
 * to its promise, passive events to the hub. Frees each delivered handle once, and never throws:
 * what it cannot route goes to `report`.
 */
export class ResultDispatcher {
  /** Depth of `transport.request` calls running now; results delivered meanwhile wait in `early`. */
  private requesting = 0;
  private readonly early: Uint8Array[] = [];

  constructor(private readonly options: DispatcherOptions) {}

  /** The transport's `onResult`. */
  readonly onResult = (bytes: Uint8Array): void => {
    if (!(bytes instanceof Uint8Array)) {
      this.options.report(
        new OpenImSdkError("the transport delivered a result that is not bytes", {
          kind: "invalid-response",
          operation: "FfiResult",
        }),
      );
      return;
    }
    if (this.requesting > 0) this.early.push(bytes);
    else this.route(bytes);
  };

  /**
   * Hands a request to the transport. Results delivered before `request()` returns are held;
   * `register` files the call under its handle, and only then are they routed. A transport that
   * throws rethrows here.
   */
  send(bytes: Uint8Array, register: (handle: FfiHandle) => void): void {
    let handle: FfiHandle;
    this.requesting++;
    try {
      handle = this.options.transport.request(bytes);
    } catch (error) {
      this.requesting--;
      this.drain();
      throw error;
    }
    this.requesting--;
    try {
      register(handle);
    } finally {
      this.drain();
    }
  }

  private drain(): void {
    while (this.requesting === 0 && this.early.length > 0) this.route(this.early.shift() as Uint8Array);
  }

  private drop(handle: FfiHandle): void {
    try {
      this.options.transport.drop?.(handle);
    } catch (cause) {
      this.options.report(
        new OpenImSdkError("the transport failed to free a handle", {
          kind: "network",
          operation: "drop",
          cause,
        }),
      );
    }
  }

  private route(bytes: Uint8Array): void {
    const { calls, report } = this.options;
    let envelope: FfiResult;
    try {
      envelope = FfiResult.decode(bytes);
    } catch (cause) {
      report(
        new OpenImSdkError("the core delivered bytes that are not an FfiResult", {
          kind: "invalid-response",
          operation: "FfiResult",
          cause,
        }),
      );
      return;
    }
    const key = handleKey(envelope.handleID) as string;
    const name = ffiNameOf(envelope.funcName);
    const row = name === undefined ? undefined : surfaceRow(name);
    const isEvent = row?.kind === "event";
    const call = calls.get(key);
    if (call) {
      // Same handle, before the result: the call's progress. An unnamed success is a newer core's
      // progress we cannot read; an unnamed failure still ends the call.
      if (isEvent || (row === undefined && envelope.errCode === 0)) {
        if (row !== undefined) this.progress(call, row, envelope, bytes.length);
        return;
      }
      calls.take(key);
      this.drop(call.handle);
      this.settle(call, envelope, bytes.length);
      return;
    }
    if (calls.isAbandoned(key)) {
      // A timed-out or aborted call: its progress is ignored, its result freed without a word.
      if (!isEvent) this.drop(calls.settleAbandoned(key) ?? envelope.handleID);
      return;
    }
    this.drop(envelope.handleID);
    if (this.options.isClosed()) return;
    if (isEvent && row !== undefined) {
      this.passiveEvent(row, envelope, bytes.length);
      return;
    }
    report(
      new OpenImSdkError(
        `a ${name ?? `funcName ${envelope.funcName}`} result arrived for handle ${key}, which no call is waiting for`,
        {
          kind: "invalid-response",
          operation: name ?? String(envelope.funcName),
          funcName: envelope.funcName,
        },
      ),
    );
  }

  private settle(call: PendingCall, envelope: FfiResult, size: number): void {
    const { row, operationID } = call;
    const { maxResponseBytes } = this.options;
    const fail = (
      message: string,
      kind: OpenImSdkError["kind"],
      extra: { code?: number; cause?: unknown } = {},
    ) =>
      call.reject(
        new OpenImSdkError(message, {
          kind,
          operation: row.name,
          funcName: row.funcName,
          operationID,
          secrets: call.secrets,
          ...extra,
        }),
      );
    if (envelope.errCode !== 0) {
      const codeName = errorCodeName(envelope.errCode);
      const label =
        codeName === undefined ? `errCode ${envelope.errCode}` : `${codeName} (${envelope.errCode})`;
      const detail =
        envelope.errMsg.length > maxErrMsgLength
          ? `${envelope.errMsg.slice(0, maxErrMsgLength)}…`
          : envelope.errMsg;
      fail(`${row.name} failed: ${label}${detail ? `: ${detail}` : ""}`, "api", { code: envelope.errCode });
      return;
    }
    if (envelope.funcName !== row.funcName) {
      const got = ffiNameOf(envelope.funcName) ?? `funcName ${envelope.funcName}`;
      fail(`${row.name}: the core answered with a ${got} result`, "invalid-response");
      return;
    }
    if (size > maxResponseBytes) {
      fail(`${row.name}: the result is ${size} bytes, over the ${maxResponseBytes}-byte limit`, "too-large");
      return;
    }
    let value: unknown;
    try {
      value = decodePayload(row.result, envelope.data, this.options.decodeLimits);
    } catch (cause) {
      fail(`${row.name}: the result could not be decoded`, decodeFailureKind(cause), { cause });
      return;
    }
    call.resolve(value);
  }

  private progress(call: PendingCall, label: SurfaceRow, envelope: FfiResult, size: number): void {
    if (!call.onProgress || this.options.isClosed()) return;
    const { maxResponseBytes, report } = this.options;
    const codec: PayloadCodec | undefined = call.progressCodec ?? label.result;
    const failure = (message: string, kind: OpenImSdkError["kind"], cause?: unknown) =>
      report(
        new OpenImSdkError(message, {
          kind,
          operation: call.row.name,
          funcName: call.row.funcName,
          operationID: call.operationID,
          cause,
        }),
      );
    if (size > maxResponseBytes) {
      failure(
        `${call.row.name}: a ${size}-byte progress event is over the ${maxResponseBytes}-byte limit`,
        "too-large",
      );
      return;
    }
    let data: unknown;
    try {
      data = decodePayload(codec, envelope.data, this.options.decodeLimits);
    } catch (cause) {
      failure(`${call.row.name}: a progress event could not be decoded`, decodeFailureKind(cause), cause);
      return;
    }
    try {
      call.onProgress(data);
    } catch (error) {
      report(error);
    }
  }

  private passiveEvent(row: SurfaceRow, envelope: FfiResult, size: number): void {
    const { hub, maxResponseBytes, report } = this.options;
    if (!hub.wants(row.name)) return;
    const failure = (message: string, kind: OpenImSdkError["kind"], cause?: unknown) =>
      report(new OpenImSdkError(message, { kind, operation: row.name, funcName: row.funcName, cause }));
    if (envelope.errCode !== 0) {
      failure(`${row.name} arrived as a failure (errCode ${envelope.errCode})`, "api");
      return;
    }
    if (size > maxResponseBytes) {
      failure(`${row.name}: a ${size}-byte event is over the ${maxResponseBytes}-byte limit`, "too-large");
      return;
    }
    let data: unknown;
    try {
      data = decodePayload(row.result, envelope.data, this.options.decodeLimits);
    } catch (cause) {
      failure(`${row.name}: the event could not be decoded`, decodeFailureKind(cause), cause);
      return;
    }
    hub.emit(row.name, data);
  }
}
