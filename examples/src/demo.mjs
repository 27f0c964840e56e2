// The chatwire demo: one message model over OpenIM, MaxIM and Yunhu, all three running as local fakes.
// Run with `pnpm demo` from the repository root. No network beyond 127.0.0.1.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { relay } from "@chatwire/adapters";
import { createSqliteRelayStore } from "@chatwire/adapters/sqlite";
import { setUpMaxim } from "./demo/maxim-setup.mjs";
import { showOpenImSdk } from "./demo/openim-sdk.mjs";
import { sampleMessages } from "./demo/sample-contents.mjs";
import { maximIds, people, startFakes } from "./demo/start-fakes.mjs";
import { describeContent, heading, line, table } from "./demo/transcript.mjs";

const conversations = {
  yunhu: { kind: "group", id: "community" },
  openim: { kind: "group", id: "support-desk" },
  maxim: { kind: "group", id: maximIds.group.toString() },
};

const fakes = await startFakes();
const storeDir = mkdtempSync(join(tmpdir(), "chatwire-demo-"));

/** How many messages a conversation holds. */
async function countMessages({ platform, conversation }) {
  let count = 0;
  for await (const page of platform.history(conversation, { pageSize: 50 })) count += page.messages.length;
  return count;
}
// MaxIM runs on its own fake, its users and group made through the client before anything is sent.
const maxim = await setUpMaxim();
fakes.maxim = maxim.platform;
conversations.maxim = maxim.conversation;
const stats = new Map(
  ["yunhu", "openim", "maxim"].map((name) => [
    name,
    { sent: 0, exact: 0, fallback: 0, relayedIn: 0, recalled: 0 },
  ]),
);

try {
  heading("1. One message of each kind through each platform");
  const senders = { yunhu: fakes.yunhu.bot, openim: fakes.openim.bot, maxim: fakes.maxim };
  for (const [name, platform] of Object.entries(senders)) {
    line(`${name}:`);
    for (const { label, message } of sampleMessages) {
      const sent = await platform.send(conversations[name], message);
      const entry = stats.get(name);
      entry.sent++;
      if (sent.losses.length === 0) {
        entry.exact++;
        line(`  ✓ ${label.padEnd(30)} exact`);
      } else {
        entry.fallback++;
        const first = sent.losses[0];
        const more = sent.losses.length > 1 ? ` (+${sent.losses.length - 1} more)` : "";
        line(`  ~ ${label.padEnd(30)} ${first.fallback}: ${first.reason}${more}`);
      }
    }
  }

  heading("2. A conversation in the Yunhu community");
  const mei = fakes.yunhu.mei;
  const lei = fakes.yunhu.lei;
  const community = conversations.yunhu;
  const question = await mei.send(community, {
    content: { kind: "text", text: "Is anyone else losing VPN every hour?" },
  });
  await lei.send(community, {
    content: { kind: "markdown", markdown: "Yes — **every hour on the hour**." },
    quote: { messageId: question.id, text: "Is anyone else losing VPN every hour?" },
  });
  await mei.send(community, { content: { kind: "image", url: "https://img.example/vpn-error.png" } });
  const wrong = await lei.send(community, { content: { kind: "text", text: "it's the printer" } });
  await lei.edit(community, wrong.id, {
    content: { kind: "text", text: "it's the VPN client, version 3.1" },
  });
  await mei.send(community, {
    content: { kind: "text", text: "@Lei thanks, filing a ticket" },
    mentions: [{ userId: people.lei.id }],
    buttons: [[{ text: "Ticket", action: "link", url: "https://desk.example/t/4711" }]],
  });
  for await (const page of mei.history(community, { pageSize: 20 })) {
    for (const message of page.messages) {
      if (message.sender.id === people.relayBot.id) continue;
      const edited = message.editedAt ? " (edited)" : "";
      line(`${message.sender.name}: ${describeContent(message.content)}${edited}`);
    }
  }

  heading("3. Relay the Yunhu community into OpenIM and MaxIM, restart, relay again");
  // The relay's store is a SQLite file: what it sent survives a restart.
  const storePath = join(storeDir, "relay.db");
  let store = createSqliteRelayStore({ path: storePath });
  // The demo's own sends from step 1 are not part of the community's talk.
  const fromCommunity = { platform: mei, conversation: community };
  // Skips the bot's own messages and names the author, since every copy is sent by the bot.
  const onlyPeople = (message) => {
    if (message.sender.id === people.relayBot.id) return undefined;
    const author = message.sender.name ?? message.sender.id;
    const content =
      message.content.kind === "text"
        ? { ...message.content, text: `${author}: ${message.content.text}` }
        : message.content.kind === "markdown"
          ? { ...message.content, markdown: `**${author}**: ${message.content.markdown}` }
          : message.content;
    return { content, quote: message.quote, mentions: message.mentions, buttons: message.buttons };
  };
  const routes = [
    ["openim", { platform: fakes.openim.bot, conversation: conversations.openim }],
    ["maxim", { platform: fakes.maxim, conversation: conversations.maxim }],
  ];
  const relayed = {};
  for (const [name, to] of routes) {
    const report = await relay(fromCommunity, to, {
      store,
      transform: onlyPeople,
      backoff: { minTimeoutMs: 50 },
    });
    relayed[name] = report;
    stats.get(name).relayedIn = report.relayed.length;
    line(`→ ${name}: relayed ${report.relayed.length} messages, skipped ${report.skipped.length}`);
    for (const item of report.relayed) {
      const notes = item.losses.map((loss) => `${loss.field} ${loss.fallback}`).join(", ");
      line(`    ${item.sourceId.slice(0, 8)}… → ${item.targetId}${notes ? `  [${notes}]` : ""}`);
    }
  }
  await store.close();
  line("relay stopped; restarting it on the same SQLite file");
  store = createSqliteRelayStore({ path: storePath });
  for (const [name, to] of routes) {
    const before = await countMessages(to);
    const again = await relay(fromCommunity, to, { store, transform: onlyPeople });
    const after = await countMessages(to);
    line(
      `→ ${name} after the restart: relayed ${again.relayed.length}, ${after - before} new messages on ${name}`,
    );
  }
  for (const [, to] of routes) {
    const routeId = `yunhu:group:community->${to.platform.name}:${to.conversation.kind}:${to.conversation.id}`;
    const records = await store.list(routeId, ["sent", "skipped", "dead"]);
    const sent = records.filter((record) => record.state === "sent").length;
    line(`  ${routeId}: ${sent} sent, ${records.length - sent} skipped`);
  }
  await store.close();

  heading("4. What Ann sees on OpenIM");
  const annEvents = [];
  const unsubscribe = fakes.openim.ann.subscribe((event) => annEvents.push(event));
  const annPages = [];
  for await (const page of fakes.openim.ann.history(conversations.openim, { pageSize: 50 }))
    annPages.unshift(page.messages);
  const relayedToOpenIm = new Set(relayed.openim.relayed.map((item) => item.targetId));
  for (const message of annPages.flat().filter((m) => relayedToOpenIm.has(m.id))) {
    line(
      `${message.sender.id}: ${describeContent(message.content)}${message.mentions ? ` @${message.mentions.map((m) => m.userId)}` : ""}`,
    );
  }

  heading("5. Recall one relayed message on OpenIM");
  const recalledCopy = relayed.openim.relayed[0].targetId;
  await fakes.openim.bot.recall(conversations.openim, recalledCopy);
  stats.get("openim").recalled++;
  await new Promise((resolve) => setTimeout(resolve, 20));
  unsubscribe();
  const recallEvent = annEvents.find((event) => event.type === "recalled");
  line(
    `Ann's client got: ${recallEvent ? `recalled ${recallEvent.messageId} by ${recallEvent.recalledBy}` : "no recall event"}`,
  );
  for await (const page of fakes.openim.ann.history(conversations.openim, { pageSize: 50 })) {
    const notice = page.messages.find((message) => message.id === recalledCopy);
    if (notice) line(`history now shows: ${describeContent(notice.content)}`);
  }

  await showOpenImSdk();

  heading("Summary");
  table(
    ["platform", "sent", "exact", "with fallback", "relayed in", "recalled"],
    [...stats].map(([name, entry]) => [
      name,
      entry.sent,
      entry.exact,
      entry.fallback,
      entry.relayedIn,
      entry.recalled,
    ]),
  );
  console.log("\nDemo finished.");
} finally {
  await fakes.close();
  await maxim.close();
  rmSync(storeDir, { recursive: true, force: true });
}
