// One encode/decode pair per benchmark case for each implementation, all over the same bytes.
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { decodeFfiResult, encodeFfiResult, message, shared } from "@chatwire/openim-types";
import type { Case } from "../codec/compare.js";
import { jsonCodec } from "../codec/json-codec.js";
import { historyPage, merge, recvEvent, text } from "./fixtures.js";
import { EventOnRecvNewMessageDataSchema } from "./peers/es/event_pb.js";
import { type FfiResult as EsFfiResult, FfiResultSchema } from "./peers/es/ffi_pb.js";
import { GetAdvancedHistoryMessageListRespSchema } from "./peers/es/message_pb.js";
import { IMMessageSchema } from "./peers/es/shared_pb.js";
import { openim } from "./peers/protobufjs/openim.js";

const pj = openim;
const recvNewMessage = 29;

function messageCase<T>(
  name: string,
  chatwire: { encode(m: T): { finish(): Uint8Array }; decode(b: Uint8Array): T },
  value: T,
  // biome-ignore lint/suspicious/noExplicitAny: protobufjs static types share this shape
  pjType: { encode(m: any): { finish(): Uint8Array }; decode(b: Uint8Array): any },
  // biome-ignore lint/suspicious/noExplicitAny: any protobuf-es message schema
  esSchema: any,
): Case {
  const bytes = chatwire.encode(value).finish();
  const pjValue = pjType.decode(bytes);
  const esValue = fromBinary(esSchema, bytes);
  return {
    name,
    bytes,
    implementations: {
      chatwire: { encode: () => chatwire.encode(value).finish(), decode: () => chatwire.decode(bytes) },
      protobufjs: { encode: () => pjType.encode(pjValue).finish(), decode: () => pjType.decode(bytes) },
      "protobuf-es": { encode: () => toBinary(esSchema, esValue), decode: () => fromBinary(esSchema, bytes) },
      JSON: jsonCodec(value),
    },
  };
}

function ffiEventCase(): Case {
  const bytes = encodeFfiResult("EventOnRecvNewMessage", recvEvent);
  const pjEvent = pj.event.EventOnRecvNewMessageData.decode(pj.ffi.FfiResult.decode(bytes).data);
  const esEvent = fromBinary(EventOnRecvNewMessageDataSchema, fromBinary(FfiResultSchema, bytes).data);
  return {
    name: "FfiResult(EventOnRecvNewMessage)",
    bytes,
    implementations: {
      chatwire: {
        encode: () => encodeFfiResult("EventOnRecvNewMessage", recvEvent),
        decode: () => decodeFfiResult(bytes),
      },
      protobufjs: {
        encode: () =>
          pj.ffi.FfiResult.encode({
            funcName: recvNewMessage,
            data: pj.event.EventOnRecvNewMessageData.encode(pjEvent).finish(),
          }).finish(),
        decode: () => pj.event.EventOnRecvNewMessageData.decode(pj.ffi.FfiResult.decode(bytes).data),
      },
      "protobuf-es": {
        encode: () => {
          const data = toBinary(EventOnRecvNewMessageDataSchema, esEvent);
          const envelope: EsFfiResult = create(FfiResultSchema, { funcName: recvNewMessage, data });
          return toBinary(FfiResultSchema, envelope);
        },
        decode: () => fromBinary(EventOnRecvNewMessageDataSchema, fromBinary(FfiResultSchema, bytes).data),
      },
      JSON: jsonCodec({ name: "EventOnRecvNewMessage", funcName: recvNewMessage, data: recvEvent }),
    },
  };
}

export const cases: Case[] = [
  messageCase("IMMessage (text)", shared.IMMessage, text, pj.sdk.shared.IMMessage, IMMessageSchema),
  messageCase("IMMessage (merge of 20)", shared.IMMessage, merge, pj.sdk.shared.IMMessage, IMMessageSchema),
  ffiEventCase(),
  messageCase(
    "history page (50 messages)",
    message.GetAdvancedHistoryMessageListResp,
    historyPage,
    pj.sdk.message.GetAdvancedHistoryMessageListResp,
    GetAdvancedHistoryMessageListRespSchema,
  ),
];
