import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const demo = fileURLToPath(new URL("../src/demo.mjs", import.meta.url));

// The demo takes a few seconds; the limits leave room for a machine busy with other builds.
function runDemo(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [demo], { timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("pnpm demo", () => {
  it("runs the whole story against the local fakes and exits 0", async () => {
    const { code, stdout, stderr } = await runDemo();
    expect(stderr).toBe("");
    expect(code).toBe(0);

    // Every kind went through every platform, each either exact or with a stated fallback.
    for (const platform of ["yunhu", "openim", "maxim"]) expect(stdout).toContain(`  ${platform}:\n`);
    expect(stdout.match(/^ {4}[✓~] /gm)).toHaveLength(45);
    expect(stdout).toContain(
      "~ location                       text-rendering: Yunhu has no location messages; sent as text",
    );
    expect(stdout).toContain("✓ location                       exact");

    // The Yunhu conversation, with the edit, then relayed once into each target and not again.
    expect(stdout).toContain('Lei: "it\'s the VPN client, version 3.1" (edited)');
    expect(stdout).toContain("→ openim: relayed 5 messages");
    expect(stdout).toContain("→ maxim: relayed 5 messages");
    // A restarted relay, on the same SQLite file, sends nothing twice.
    expect(stdout).toContain("relay stopped; restarting it on the same SQLite file");
    expect(stdout).toContain("→ openim after the restart: relayed 0, 0 new messages on openim");
    expect(stdout).toContain("→ maxim after the restart: relayed 0, 0 new messages on maxim");
    expect(stdout).toMatch(/->openim:group:support-desk: 5 sent, \d+ skipped/);
    // MaxIM IDs past 2^53 arrive exact.
    expect(stdout).toMatch(/→ 1152921504606846991\n/);
    expect(stdout).toContain('relay-bot: "Mei: Is anyone else losing VPN every hour?"');

    // The recall reached Ann both as an event and in history.
    expect(stdout).toMatch(/Ann's client got: recalled [0-9a-f]{32} by relay-bot/);
    expect(stdout).toContain("history now shows: notification message-recalled");

    // The OpenIM SDK client: its order of use, a send with progress, an event, the conversation list.
    expect(stdout).toContain("before InitSDK: SdkNotInit (10008)");
    expect(stdout).toContain("before Login: SdkNotLogin (10009)");
    expect(stdout).toContain("sent seq 1, progress 50 → 100");
    expect(stdout).toContain('bob\'s client got EventOnRecvNewMessage: "hello bob"');
    expect(stdout).toContain('bob\'s conversations: si_bob_carol "carol", 1 unread');
    expect(stdout).toContain("after reading: 0 unread");

    expect(stdout).toMatch(/openim\s+15\s+8\s+7\s+5\s+1\n/);
    expect(stdout).toMatch(/maxim\s+15\s+6\s+9\s+5\s+0\n/);
    expect(stdout.trimEnd().endsWith("Demo finished.")).toBe(true);
  }, 150_000);
});
