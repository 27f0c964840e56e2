// Starts the three fakes the packages ship for tests: two real HTTP servers on 127.0.0.1 and an in-memory SDK core.
import { createMaximPlatform, createYunhuPlatform } from "@chatwire/adapters";
import { createRestClient } from "@chatwire/rest-client";
import { startFakeRestServer } from "@chatwire/rest-client/testing";
import { createYunhuClient } from "@chatwire/yunhu-client";
import { startFakeYunhuServer } from "@chatwire/yunhu-client/testing";
import { startOpenImFakes } from "./openim-sdk.mjs";

export const people = {
  mei: { token: "yunhu-token-mei", id: "10001", name: "Mei" },
  lei: { token: "yunhu-token-lei", id: "10002", name: "Lei" },
  relayBot: { token: "yunhu-token-bot", id: "10003", name: "Relay bot" },
};

/** MaxIM IDs are int64; these lie beyond 2^53 on purpose, where a JavaScript number would round them. */
export const maximIds = { self: 9_007_199_254_740_993n, group: 9_007_199_254_740_995n };

export async function startFakes() {
  const yunhuServer = await startFakeYunhuServer({ users: Object.values(people) });
  const maximServer = await startFakeRestServer({
    appId: "demo-app",
    accessToken: "maxim-demo-token",
    userId: maximIds.self,
    firstMessageId: 2n ** 60n,
  });
  const openIm = await startOpenImFakes();

  const yunhuAs = (person) =>
    createYunhuPlatform({
      client: createYunhuClient({ token: person.token, baseUrl: yunhuServer.url, retry: false }),
    });

  return {
    yunhu: { mei: yunhuAs(people.mei), lei: yunhuAs(people.lei), bot: yunhuAs(people.relayBot) },
    openim: openIm.platforms,
    maxim: createMaximPlatform({
      client: createRestClient({
        baseUrl: maximServer.url,
        appId: "demo-app",
        accessToken: "maxim-demo-token",
      }),
      selfUserId: maximIds.self.toString(),
    }),
    async close() {
      openIm.close();
      await Promise.all([yunhuServer.close(), maximServer.close()]);
    },
  };
}
