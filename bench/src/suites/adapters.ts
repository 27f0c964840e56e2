// What the one-model layer costs per message, against the codec work a program pays anyway:
// decoding an OpenIM IMMessage or a Yunhu Msg from bytes, parsing a MaxIM page entry from JSON.
// Each row adds the conversion into ChatMessage (and, for the cross-system rows, out again and
// encoded for the other system) to that baseline, in this process, on the same inputs.
import {
  fromMaximMessage,
  fromOpenImMessage,
  fromYunhuMessage,
  type MaximStoredMessage,
  toOpenImMessage,
  toYunhuSendMessage,
} from "@chatwire/adapters";
import { ContentType, SessionType } from "@chatwire/openim-types/common";
import { IMMessage } from "@chatwire/openim-types/shared";
import { msg } from "@chatwire/yunhu-client";
import { Bench } from "tinybench";

const group = { kind: "group" as const, id: "community" };

const openImBytes = IMMessage.encode(
  IMMessage.fromPartial({
    clientMsgID: "8e24528a114dbc4d793f8102a1c10c0f",
    serverMsgID: "srv-1",
    sendID: "mei",
    groupID: "support-desk",
    senderNickname: "Mei",
    sessionType: SessionType.ReadGroup,
    msgFrom: 100,
    contentType: ContentType.AtText,
    sendTime: 1_700_000_000_000,
    seq: 42,
    content: {
      $case: "atTextElem",
      value: {
        text: "@Lei is the VPN fixed?",
        atUserList: ["lei"],
        atUsersInfo: [{ atUserID: "lei", groupNickname: "Lei" }],
      },
    },
  }),
).finish();

const yunhuBytes = msg.Msg.encode(
  msg.Msg.fromPartial({
    msgId: "02ba0461c8d94b1f9c7f0e5b4a3d2c1b",
    sender: { chatId: "10001", chatType: 1, name: "Mei", avatarUrl: "https://img.example/mei.png" },
    contentType: 3,
    content: {
      text: "Fixed in **v2**, see the notes",
      at: ["10002"],
      buttons: '[[{"text":"Notes","actionType":1,"url":"https://notes.example/v2"}]]',
      quoteMsgText: "is the VPN fixed?",
    },
    quoteMsgId: "fe19070b",
    sendTime: 1_700_000_000_000,
    msgSeq: 7,
  }),
).finish();

const maximJson = JSON.stringify({
  msg_id: 4_503_599_627_370_497,
  ctype: "IMAGE",
  content: "",
  attachment: '{"url":"https://img.example/a.jpg","dName":"a.jpg","fLen":508728,"width":828,"height":828}',
  from_xid: { uid: 2302128618880, device_sn: 1 },
  to_xid: { uid: 2302128618881, device_sn: 0 },
  timestamp: 1_700_000_000_000,
  status: "READ",
});

const tasks: Record<string, () => unknown> = {
  "openim: decode": () => IMMessage.decode(openImBytes),
  "openim: decode + fromOpenImMessage": () => fromOpenImMessage(IMMessage.decode(openImBytes)),
  "yunhu: decode": () => msg.Msg.decode(yunhuBytes),
  "yunhu: decode + fromYunhuMessage": () =>
    fromYunhuMessage(msg.Msg.decode(yunhuBytes), { conversation: group }),
  "maxim: JSON.parse": () => JSON.parse(maximJson),
  "maxim: JSON.parse + fromMaximMessage": () =>
    fromMaximMessage(JSON.parse(maximJson) as MaximStoredMessage, {
      conversation: { kind: "user", id: "2302128618881" },
    }),
  "yunhu → openim: decode + encode only": () => {
    msg.Msg.decode(yunhuBytes);
    return IMMessage.encode(IMMessage.decode(openImBytes)).finish();
  },
  "yunhu → openim: decode + convert + encode": () => {
    const message = fromYunhuMessage(msg.Msg.decode(yunhuBytes), { conversation: group });
    return IMMessage.encode(
      toOpenImMessage({ ...message, conversation: { kind: "group", id: "support-desk" } }).value,
    ).finish();
  },
  "openim → yunhu: decode + convert + encode": () => {
    const message = fromOpenImMessage(IMMessage.decode(openImBytes));
    return msg.sendMessageSend.encode(toYunhuSendMessage({ ...message, conversation: group }).value).finish();
  },
};

export async function run(): Promise<void> {
  const names = Object.keys(tasks);
  for (let i = 0; i < 20_000; i++) for (const name of names) tasks[name]?.();
  // Both orders, averaged, so neither a warmer JIT nor a fuller heap favours one task.
  const means = new Map<string, number[]>();
  for (const order of [names, [...names].reverse()]) {
    const bench = new Bench({ time: 400, warmupTime: 100 });
    for (const name of order) bench.add(name, tasks[name] as () => unknown);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (!result || !("latency" in result)) throw new Error(`${task.name} did not complete`);
      means.set(task.name, [...(means.get(task.name) ?? []), result.latency.mean]);
    }
  }
  const meanMs = (name: string) => {
    const values = means.get(name) ?? [];
    return values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  console.table(
    names.map((name) => ({
      task: name,
      "mean µs": (meanMs(name) * 1000).toFixed(2),
      "ops/s": Math.round(1000 / meanMs(name)),
    })),
  );
  const ratio = (withModel: string, baseline: string) =>
    console.log(`${withModel} / ${baseline} = ${(meanMs(withModel) / meanMs(baseline)).toFixed(2)}x`);
  ratio("openim: decode + fromOpenImMessage", "openim: decode");
  ratio("yunhu: decode + fromYunhuMessage", "yunhu: decode");
  ratio("maxim: JSON.parse + fromMaximMessage", "maxim: JSON.parse");
  ratio("yunhu → openim: decode + convert + encode", "yunhu → openim: decode + encode only");
}
