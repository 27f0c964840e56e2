// The payloads the openim bench encodes and decodes, built once with the chatwire codecs.
import { type event, message, shared } from "@chatwire/openim-types";

const baseTime = 1_700_000_000_000;

function textMessage(i: number): shared.IMMessage {
  return shared.IMMessage.fromPartial({
    clientMsgID: `c0ffee${String(i).padStart(26, "0")}`,
    serverMsgID: `5e7e7${String(i).padStart(27, "0")}`,
    createTime: baseTime + i * 1000,
    sendTime: baseTime + i * 1000 + 37,
    sessionType: 1,
    sendID: "3216540987",
    recvID: "7894561230",
    msgFrom: 100,
    contentType: 101,
    senderPlatformID: 5,
    senderNickname: "Alice",
    senderFaceURL: "https://cdn.example.com/avatar/3216540987.png",
    seq: 1000 + i,
    status: 2,
    content: {
      $case: "textElem",
      value: { content: `message ${i}: see you at the station at ten, 车站见 👋` },
    },
  });
}

function pictureMessage(i: number): shared.IMMessage {
  const picture = (kind: string, width: number, height: number) => ({
    uuid: `pic-${i}-${kind}`,
    type: "image/jpeg",
    size: width * height,
    width,
    height,
    url: `https://cdn.example.com/img/${i}/${kind}.jpg`,
  });
  return {
    ...textMessage(i),
    contentType: 102,
    content: {
      $case: "pictureElem",
      value: {
        sourcePath: "",
        sourcePicture: picture("src", 4032, 3024),
        bigPicture: picture("big", 1920, 1440),
        snapshotPicture: picture("snap", 200, 150),
      },
    },
  };
}

function quoteMessage(i: number): shared.IMMessage {
  return {
    ...textMessage(i),
    contentType: 114,
    content: {
      $case: "quoteElem",
      value: { text: `re ${i}`, quoteMessage: textMessage(i - 1), messageEntityList: [] },
    },
  };
}

export const text = textMessage(1);

export const merge: shared.IMMessage = {
  ...textMessage(100),
  contentType: 107,
  content: {
    $case: "mergeElem",
    value: {
      title: "Chat history",
      abstractList: ["Alice: hi", "Bob: hello", "Alice: lunch?"],
      multiMessage: Array.from({ length: 20 }, (_, i) => textMessage(200 + i)),
      messageEntityList: [],
    },
  },
};

export const recvEvent: event.EventOnRecvNewMessageData = { message: text };

/** A 50-message history page: mostly text, some pictures and quotes. */
export const historyPage = message.GetAdvancedHistoryMessageListResp.fromPartial({
  getAdvancedHistoryMessageListCallback: {
    messageList: Array.from({ length: 50 }, (_, i) =>
      i % 10 === 3 ? pictureMessage(i) : i % 10 === 7 ? quoteMessage(i) : textMessage(i),
    ),
    isEnd: false,
  },
});
