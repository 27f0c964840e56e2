// The OpenIM side of the demo: fake SDK cores behind the typed SDK client, and a short tour of that client.
import { createOpenImPlatform } from "@chatwire/adapters";
import { createOpenImSdk, isOpenImSdkError } from "@chatwire/openim-types/sdk";
import {
  createFakeOpenImCore,
  createFakeOpenImServer,
  loginFakeOpenImSdk,
  singleConversationID,
} from "@chatwire/openim-types/testing";
import { heading, line } from "./transcript.mjs";

/** Two users on one fake OpenIM server: the relay bot and Ann, each a logged-in SDK client and a platform. */
export async function startOpenImFakes() {
  const server = createFakeOpenImServer({ groups: { "support-desk": ["relay-bot", "ann"] } });
  const bot = await loginFakeOpenImSdk({ userID: "relay-bot", server });
  const ann = await loginFakeOpenImSdk({ userID: "ann", server });
  return {
    server,
    platforms: {
      bot: createOpenImPlatform({ sdk: bot.sdk, selfUserId: "relay-bot" }),
      ann: createOpenImPlatform({ sdk: ann.sdk, selfUserId: "ann" }),
    },
    close() {
      for (const { sdk, core } of [bot, ann]) {
        sdk.close();
        core.close();
      }
    },
  };
}

/** The SDK client on its own: the order of use, typed calls, progress, events and errors with code names. */
export async function showOpenImSdk() {
  heading("6. The OpenIM SDK client on its own");
  const server = createFakeOpenImServer();
  const core = createFakeOpenImCore({ server });
  const sdk = createOpenImSdk({ transport: core });
  const bob = await loginFakeOpenImSdk({ userID: "bob", server });
  try {
    try {
      await sdk.getSelfUserInfo();
    } catch (error) {
      if (!isOpenImSdkError(error)) throw error;
      line(`before InitSDK: ${error.codeName} (${error.code})`);
    }
    await sdk.initSDK({ config: { apiAddr: "http://127.0.0.1:10002", wsAddr: "ws://127.0.0.1:10001" } });
    try {
      await sdk.getAllConversationList();
    } catch (error) {
      if (!isOpenImSdkError(error)) throw error;
      line(`before Login: ${error.codeName} (${error.code})`);
    }
    await sdk.login({ userID: "carol", token: "demo-token-carol" });
    line(`logged in as ${(await sdk.getSelfUserInfo()).user?.userID}`);

    const arrivals = bob.sdk.events("EventOnRecvNewMessage");
    const { message } = await sdk.createTextMessage({ text: "hello bob" });
    const progress = [];
    const sent = await sdk.sendMessage(
      { message, recvID: "bob" },
      { onProgress: (p) => progress.push(p.progress) },
    );
    line(`sent seq ${sent.message?.seq}, progress ${progress.join(" → ")}`);
    const { value } = await arrivals.next();
    await arrivals.return();
    line(`bob's client got ${value.name}: ${JSON.stringify(value.data.message?.content?.value?.content)}`);

    const { conversationList } = await bob.sdk.getConversationListSplit({ offset: 0, count: 10 });
    for (const conversation of conversationList) {
      line(
        `bob's conversations: ${conversation.conversationID} "${conversation.showName}", ${conversation.unreadCount} unread`,
      );
    }
    await bob.sdk.markConversationMessageAsRead({ conversationID: singleConversationID("bob", "carol") });
    line(`after reading: ${(await bob.sdk.getTotalUnreadMsgCount()).totalUnreadCount} unread`);
  } finally {
    sdk.close();
    core.close();
    bob.sdk.close();
    bob.core.close();
  }
}
