import {
  decodeFfiResult,
  encodeFfiRequest,
  type FfiRequestName,
  type FfiRequestPayloads,
  type FfiResultPayloads,
} from "@chatwire/openim-types";
import { ChatwireAdapterError } from "../conversion/adapter-errors.js";
import { PlatformError, type PlatformOperation } from "./platform-error.js";

/** Sends one encoded FfiRequest to the SDK core and resolves its encoded FfiResult. */
export type OpenImTransport = (request: Uint8Array) => Promise<Uint8Array>;

/** The SDK core's error answer: `errCode` ≠ 0. Kept as the `cause` of the `PlatformError`. */
export class OpenImCallError extends ChatwireAdapterError {
  override name = "OpenImCallError";
  readonly errCode: number;
  readonly function: string;

  constructor(functionName: string, errCode: number, errMsg: string) {
    super(`${functionName} failed with errCode ${errCode}: ${errMsg}`);
    this.errCode = errCode;
    this.function = functionName;
  }
}

/** Typed calls over any FFI transport, matching answers to calls by handleID. */
export class OpenImFfiCaller {
  private nextHandle = 1;

  constructor(
    private readonly transport: OpenImTransport,
    private readonly operationPrefix: string,
  ) {}

  async call<K extends FfiRequestName>(
    operation: PlatformOperation,
    name: K,
    payload: FfiRequestPayloads[K],
  ): Promise<FfiResultPayloads[K]> {
    const handleID = this.nextHandle++;
    const request = encodeFfiRequest(name, payload, {
      handleID,
      operationID: `${this.operationPrefix}-${handleID}`,
    });
    let answer: Uint8Array;
    try {
      answer = await this.transport(request);
    } catch (error) {
      throw new PlatformError(`the FFI transport failed on ${name}`, {
        platform: "openim",
        operation,
        code: "unavailable",
        cause: error,
      });
    }
    let result: ReturnType<typeof decodeFfiResult>;
    try {
      result = decodeFfiResult(answer);
    } catch (error) {
      throw new PlatformError(`the answer to ${name} could not be decoded`, {
        platform: "openim",
        operation,
        code: "invalid-response",
        cause: error,
      });
    }
    if (result.handleID !== handleID || result.name !== name) {
      throw new PlatformError(
        `expected the answer to ${name} #${handleID}, got ${result.name ?? result.funcName} #${result.handleID}`,
        {
          platform: "openim",
          operation,
          code: "invalid-response",
        },
      );
    }
    if (!result.ok) {
      const cause = new OpenImCallError(name, result.errCode, result.errMsg);
      throw new PlatformError(cause.message, { platform: "openim", operation, code: "rejected", cause });
    }
    return result.data as FfiResultPayloads[K];
  }
}
