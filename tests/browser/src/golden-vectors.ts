// The golden vectors the packages' own tests hold (bytes protoc encoded from text-format
// messages), named with the codec that reads them: the browser must give protoc's bytes back.
import { readdirSync, readFileSync } from "node:fs";

const openimBin = new URL("../../../packages/openim-types/test/golden/bin/", import.meta.url);
const yunhuDir = new URL("../../../packages/yunhu-client/test/golden/", import.meta.url);

/** One vector: its file name, the codec (`<module>.<Message>`) and protoc's bytes. */
export interface GoldenVector {
  readonly name: string;
  readonly type: string;
  readonly bytes: number[];
}

const openimTypes: Record<string, string> = {
  "send-message-req": "message.SendMessageReq",
  "history-page": "message.GetAdvancedHistoryMessageListResp",
  "event-recv-new-message": "event.EventOnRecvNewMessageData",
  "event-new-recv-message-revoked": "event.EventOnNewRecvMessageRevokedData",
  "event-user-status-changed": "event.EventOnUserStatusChangedData",
  "event-conversation-user-input-status-changed": "event.EventOnConversationUserInputStatusChangedData",
  "event-recv-c2c-read-receipt": "event.EventOnRecvC2CReadReceiptData",
  "event-conversation-changed": "event.EventOnConversationChangedData",
  "event-upload-logs-progress": "event.EventOnUploadLogsProgressData",
  "event-connect-failed": "event.EventOnConnectFailedData",
  "event-friend-application-added": "event.EventOnFriendApplicationAddedData",
};

const read = (url: URL) => Array.from(readFileSync(url));

/** IMMessage vectors and the request, history-page and event payload vectors. */
export function openimCodecVectors(): GoldenVector[] {
  return readdirSync(openimBin)
    .map((file) => file.replace(/\.bin$/, ""))
    .filter((name) => name.startsWith("message-") || name in openimTypes)
    .sort()
    .map((name) => ({
      name,
      type: name.startsWith("message-") ? "shared.IMMessage" : (openimTypes[name] as string),
      bytes: read(new URL(`${name}.bin`, openimBin)),
    }));
}

/** FfiRequest or FfiResult envelope vectors whose funcName the schema names. */
export function ffiVectors(kind: "request" | "result"): GoldenVector[] {
  const pattern = new RegExp(`^(sdk-)?ffi-${kind}-`);
  return readdirSync(openimBin)
    .map((file) => file.replace(/\.bin$/, ""))
    .filter((name) => pattern.test(name) && name !== "ffi-result-unknown-func")
    .sort()
    .map((name) => ({
      name,
      type: kind === "request" ? "ffi.FfiRequest" : "ffi.FfiResult",
      bytes: read(new URL(`${name}.bin`, openimBin)),
    }));
}

/** Every Yunhu vector, typed by the `# proto-message:` line of its text-format source. */
export function yunhuVectors(): GoldenVector[] {
  return readdirSync(yunhuDir)
    .filter((file) => file.endsWith(".txtpb"))
    .map((file) => file.replace(/\.txtpb$/, ""))
    .sort()
    .map((name) => {
      const source = readFileSync(new URL(`${name}.txtpb`, yunhuDir), "utf8");
      const proto = /^# proto-message: *yunhu\.v1\.(\S+)/m.exec(source)?.[1];
      if (proto === undefined) throw new Error(`${name}.txtpb names no yunhu.v1 message`);
      const codec = proto.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
      return { name, type: `msg.${codec}`, bytes: read(new URL(`${name}.bin`, yunhuDir)) };
    });
}
