// Encodes an OpenIM text message with the generated codec, decodes it again and prints both.
import { shared } from "@chatwire/openim-types";

const message = shared.IMMessage.fromPartial({
  clientMsgID: "c-1",
  sendID: "alice",
  recvID: "bob",
  contentType: 101,
  sessionType: 1,
  sendTime: Date.now(),
  content: { $case: "textElem", value: { content: "hello from chatwire" } },
});
const bytes = shared.IMMessage.encode(message).finish();
const decoded = shared.IMMessage.decode(bytes);
console.log(`encoded IMMessage: ${bytes.length} bytes`);
console.log(JSON.stringify(shared.IMMessage.toJSON(decoded), null, 2));
