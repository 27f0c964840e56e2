// The Yunhu list_message answer for chatwire, protobufjs static code and native JSON, all over
// the same bytes.
import { msg } from "@chatwire/yunhu-client";
import type { Case } from "../codec/compare.js";
import { jsonCodec } from "../codec/json-codec.js";
import { listMessageAnswer } from "./fixtures.js";
import { yunhu } from "./peers/protobufjs/yunhu.js";

function listMessageCase(): Case {
  const bytes = msg.listMessage.encode(listMessageAnswer).finish();
  const pjType = yunhu.v1.list_message;
  const pjValue = pjType.decode(bytes);
  return {
    name: "list_message (30 messages)",
    bytes,
    implementations: {
      chatwire: {
        encode: () => msg.listMessage.encode(listMessageAnswer).finish(),
        decode: () => msg.listMessage.decode(bytes),
      },
      protobufjs: { encode: () => pjType.encode(pjValue).finish(), decode: () => pjType.decode(bytes) },
      JSON: jsonCodec(listMessageAnswer),
    },
  };
}

export const cases: Case[] = [listMessageCase()];
