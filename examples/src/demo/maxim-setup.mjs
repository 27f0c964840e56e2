// MaxIM for the demo: its own local fake, and everything the demo needs set up through the client
// itself — the users registered, a user token issued, the group created with its members — before
// anything is sent. IDs lie past 2^53 on purpose, where a JavaScript number would round them.
import { createMaximPlatform } from "@chatwire/adapters";
import { createRestClient } from "@chatwire/rest-client";
import { startFakeRestServer } from "@chatwire/rest-client/testing";
import { heading, line } from "./transcript.mjs";

const appId = "demo-app";
const adminToken = "maxim-demo-admin-token";

export async function setUpMaxim() {
  const server = await startFakeRestServer({
    appId,
    accessToken: adminToken,
    firstUserId: 2n ** 53n + 1n,
    firstGroupId: 2n ** 53n + 101n,
    firstMessageId: 2n ** 60n,
  });
  heading("0. MaxIM: users, a token and the group, made through the client");
  const admin = createRestClient({ baseUrl: server.url, appId, accessToken: adminToken });
  const registered = await admin.user.registerBatch({
    list: [
      { username: "relay-bot", password: "bot-password" },
      { username: "ann", password: "ann-password" },
      { username: "ben", password: "ben-password" },
    ],
  });
  for (const user of registered) line(`registered ${user.username} as user ${user.user_id}`);
  const [bot, ...others] = registered;

  const { token } = await admin.token.user({ name: "relay-bot", password: "bot-password" });
  line("relay-bot logged in with its password and got a user token");
  const client = createRestClient({ baseUrl: server.url, appId, accessToken: token });

  const group = await client.group.create({ name: "relay", user_list: [others[0].user_id] });
  await client.group.invite({ group_id: group.group_id, user_list: [others[1].user_id], reason: "demo" });
  const members = [];
  for await (const page of client.group.memberList.pages({ group_id: group.group_id, limit: 2 })) {
    members.push(...page.data.map((member) => member.user_id));
  }
  line(`relay-bot created group ${group.group_id} "${group.name}" with members ${members.join(", ")}`);

  return {
    platform: createMaximPlatform({ client, selfUserId: String(bot.user_id) }),
    conversation: { kind: "group", id: String(group.group_id) },
    close: () => server.close(),
  };
}
