import { msg } from "../src/index.js";

/** The codec of a message type and the value a golden vector holds, written independently of its .txtpb. */
export interface GoldenExpectation {
  readonly type: string;
  // biome-ignore lint/suspicious/noExplicitAny: each entry pairs a codec with a value of its own type
  readonly codec: msg.MessageFns<any>;
  readonly value: object;
}

/** One entry per test/golden/<name>.txtpb, holding the same message as codec objects. */
export const goldenExpectations: Record<string, GoldenExpectation> = {
  "send-message-text": {
    type: "yunhu.v1.send_message_send",
    codec: msg.sendMessageSend,
    value: {
      msgId: "5040d27fc975416680a14e5a1b37ef06",
      chatId: "big",
      chatType: 2,
      data: {
        text: "你好，云湖 👋 hello",
        buttons: '[[{"text":"OK","actionType":3,"value":"ok"}]]',
        mentionedId: ["7356666", "8848"],
        quoteMsgText: "earlier message",
      },
      contentType: 1,
      quoteMsgId: "11451419180",
    },
  },
  "send-message-image": {
    type: "yunhu.v1.send_message_send",
    codec: msg.sendMessageSend,
    value: {
      msgId: "a1b2c3d4e5f60718293a4b5c6d7e8f90",
      chatId: "7356666",
      chatType: 1,
      data: { image: "expression/abcdef.jpg" },
      contentType: 2,
      media: {
        fileKey: "abcdef.jpg",
        fileHash: "FnEnX5p0PPZ9F2xg0rlq0w4n9J3a",
        fileType: "image/jpeg",
        imageHeight: 1080,
        imageWidth: 1920,
        fileSize: 482311,
        fileKey2: "abcdef.jpg",
        fileSuffix: "jpg",
      },
    },
  },
  "send-message-every-field": {
    type: "yunhu.v1.send_message_send",
    codec: msg.sendMessageSend,
    value: {
      msgId: "ffffffffffffffffffffffffffffffff",
      chatId: "bot-42",
      chatType: 3,
      data: {
        text: "t",
        buttons: "b",
        fileName: "report.pdf",
        fileKey: "files/report.pdf",
        mentionedId: ["1"],
        form: '{"f":1}',
        quoteMsgText: "q",
        image: "img.png",
        postId: "p1",
        postTitle: "Title",
        postContent: "# Body",
        postType: "2",
        expressionId: "e77",
        quoteImageUrl: "https://example.invalid/q.png",
        quoteImageName: "q.png",
        fileSize: Number.MAX_SAFE_INTEGER,
        video: "123.mp4",
        audio: "123.m4a",
        audioTime: 61,
        quoteVideoUrl: "https://example.invalid/v.mp4",
        quoteVideoTime: 300,
        stickerItemId: 2 ** 32,
        stickerPackId: 65535,
        roomName: "voice room",
      },
      contentType: 13,
      commandId: 1024,
      quoteMsgId: "q-1",
      media: {
        fileKey: "k",
        fileHash: "h",
        fileType: "video/mp4",
        imageHeight: 1,
        imageWidth: 2,
        fileSize: 3,
        fileKey2: "k",
        fileSuffix: "mp4",
      },
    },
  },
  "send-message-empty": { type: "yunhu.v1.send_message_send", codec: msg.sendMessageSend, value: {} },
  "edit-message": {
    type: "yunhu.v1.edit_message_send",
    codec: msg.editMessageSend,
    value: {
      msgId: "123456",
      chatId: "big",
      chatType: 2,
      content: { text: "**edited**", buttons: "[]", quoteMsgText: "quoted" },
      contentType: 3,
      quoteMsgId: "11451419180",
    },
  },
  "edit-message-negative-chat-type": {
    type: "yunhu.v1.edit_message_send",
    codec: msg.editMessageSend,
    value: { msgId: "m", chatId: "c", chatType: -1, content: { text: "x" }, contentType: 1 },
  },
  "list-message-by-seq": {
    type: "yunhu.v1.list_message_by_seq_send",
    codec: msg.listMessageBySeqSend,
    value: { msgStart: 1234, chatType: 2, chatId: "big" },
  },
  "list-message": {
    type: "yunhu.v1.list_message_send",
    codec: msg.listMessageSend,
    value: { msgCount: 30, msgId: "abcdef", chatType: 2, chatId: "big" },
  },
  "list-message-by-mid-seq": {
    type: "yunhu.v1.list_message_by_mid_seq_send",
    codec: msg.listMessageByMidSeqSend,
    value: { msgSeq: 123456, chatType: 2, chatId: "big", unknown: 7, msgCount: 10, msgId: "abcdef" },
  },
  "button-report": {
    type: "yunhu.v1.button_report_send",
    codec: msg.buttonReportSend,
    value: {
      msgId: "123123123123123123",
      chatType: 2,
      chatId: "123",
      userId: "7356666",
      buttonValue: "测试按钮",
    },
  },
  "recall-msg": {
    type: "yunhu.v1.recall_msg_send",
    codec: msg.recallMsgSend,
    value: { msgId: "123123123123123123", chatId: "123", chatType: 2 },
  },
  "recall-msg-batch": {
    type: "yunhu.v1.recall_msg_batch_send",
    codec: msg.recallMsgBatchSend,
    value: { msgId: ["a", "b", "c"], chatId: "123", chatType: 2 },
  },
  "send-message-response": {
    type: "yunhu.v1.send_message",
    codec: msg.sendMessage,
    value: { status: { number: 114514, code: 1, msg: "success" } },
  },
  "list-message-by-seq-response": {
    type: "yunhu.v1.list_message_by_seq",
    codec: msg.listMessageBySeq,
    value: {
      status: { number: 114514, code: 1, msg: "success" },
      msg: [
        {
          msgId: "abcdef",
          sender: {
            chatId: "7356666",
            chatType: 1,
            name: "测试",
            avatarUrl: "https://chat-img.jwznb.com/a.png",
            tagOld: ["测试成员"],
            tag: [{ id: 114514, text: "测试成员", color: "#FFFFFFFF" }],
          },
          direction: "left",
          contentType: 1,
          content: { text: "ok", at: ["8848"] },
          sendTime: 1717171717171,
          cmd: { cmdId: 9, name: "/weather", type: 1 },
          quoteMsgId: "zzz",
          msgSeq: 6666,
        },
        {
          msgId: "ghijkl",
          sender: { chatId: "8848", chatType: 3, name: "bot" },
          direction: "right",
          contentType: 2,
          content: {
            imageUrl: "https://chat-img.jwznb.com/b.jpg",
            fileSize: 482311,
            width: 1920,
            height: 1080,
          },
          sendTime: 1717171717999,
          msgDeleteTime: 1717171800000,
          msgSeq: 6667,
          editTime: 1717171750000,
        },
      ],
      msgCount: 2,
    },
  },
  "list-message-by-mid-seq-response": {
    type: "yunhu.v1.list_message_by_mid_seq",
    codec: msg.listMessageByMidSeq,
    value: {
      status: { number: 7, code: 1, msg: "success" },
      msg: [
        {
          msgId: "only",
          contentType: 3,
          content: { text: "# markdown", tip: "tip", callText: "call", callStatusText: "ended" },
          msgSeq: 1,
        },
      ],
      total: 1,
    },
  },
};
