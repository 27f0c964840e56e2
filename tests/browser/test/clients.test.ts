// Both clients in Chromium against their fakes over real HTTP. The fakes run in Node; the page
// reaches each through a CORS front, so its requests go through the browser's fetch, preflights
// and all, as from a web app talking to a cross-origin API.
import { startFakeRestServer } from "@chatwire/rest-client/testing";
import { defaultFakeUser, startFakeYunhuServer } from "@chatwire/yunhu-client/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CorsFront, startCorsFront } from "../src/index.js";
import { openTestPage, skipReason, type TestPage } from "./support/browser-suite.js";

const appId = "browser-app";
const accessToken = "browser-token-1";
const reader = 2302128618880;
const peer = 2302128618881;

describe.skipIf(skipReason !== undefined)("clients in Chromium", () => {
  let page: TestPage;
  let rest: Awaited<ReturnType<typeof startFakeRestServer>>;
  let yunhu: Awaited<ReturnType<typeof startFakeYunhuServer>>;
  let restFront: CorsFront;
  let yunhuFront: CorsFront;
  beforeAll(async () => {
    page = await openTestPage();
    rest = await startFakeRestServer({ appId, accessToken });
    yunhu = await startFakeYunhuServer();
    restFront = await startCorsFront(rest.url, page.origin);
    yunhuFront = await startCorsFront(yunhu.url, page.origin);
  });
  afterAll(async () => {
    await Promise.all([
      page?.close(),
      restFront?.close(),
      yunhuFront?.close(),
      rest?.close(),
      yunhu?.close(),
    ]);
  });

  it("rest-client: sends, reads the message back int64-exact, and gets a typed RestApiError for a wrong token", async () => {
    const text = "hello from Chromium — 你好";
    const scenario = await page.call("restScenario", {
      baseUrl: restFront.url,
      appId,
      accessToken,
      userId: reader,
      peer,
      text,
    });
    expect(scenario.sent).toBe(true);
    const page1 = scenario.page as {
      messages: { content: string; msg_id: unknown; from_xid: { uid: unknown } }[];
    };
    expect(page1.messages).toHaveLength(1);
    expect(page1.messages[0]).toMatchObject({ content: text, from_xid: { uid: reader } });
    // The fake numbers messages from 1 700 000 000 000 001: the ID must arrive unrounded.
    expect(String(page1.messages[0]?.msg_id).replace(/^bigint:/, "")).toBe("1700000000000001");
    expect(scenario.refused).toMatchObject({
      name: "RestApiError",
      chatwireError: true,
      expectedClass: true,
      kind: "api",
      code: 401,
    });
    expect(scenario.refused.message).not.toContain(accessToken);
    // The server saw what the browser sent, and the browser asked before sending custom headers.
    expect(rest.requests.some((r) => r.path === "/message/send")).toBe(true);
    expect(restFront.preflights).toBeGreaterThan(0);
  });

  it("yunhu-client: sends protobuf, lists it back, and gets a typed YunhuApiError for a wrong token", async () => {
    const text = "hello from Chromium — 云湖 👋";
    const scenario = await page.call("yunhuScenario", {
      baseUrl: yunhuFront.url,
      token: defaultFakeUser.token,
      chatId: "browser-group",
      text,
    });
    expect(scenario.msgId).toMatch(/^[0-9a-f]{32}$/);
    expect(scenario.listed).toEqual([{ msgId: scenario.msgId, text, contentType: 1 }]);
    expect(scenario.refused).toMatchObject({
      name: "YunhuApiError",
      chatwireError: true,
      expectedClass: true,
      kind: "api",
      code: 1002,
    });
    expect(scenario.refused.message).not.toContain(defaultFakeUser.token);
    expect(yunhuFront.preflights).toBeGreaterThan(0);
  });

  it("threw nothing outside the calls", () => {
    expect(page.pageErrors).toEqual([]);
  });
});
