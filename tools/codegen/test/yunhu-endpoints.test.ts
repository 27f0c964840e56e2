import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { methodNameFromPath, yunhuEndpointsGenerator } from "../src/generators/yunhu-endpoints.js";
import { copyRepoForGeneration, repoRoot } from "./copy-repo.js";

const outFile = "packages/yunhu-client/src/gen/endpoints.ts";
const generator = yunhuEndpointsGenerator({
  name: "yunhu endpoint table",
  specDir: "proto/yunhu",
  pathOption: "yunhu.v1.http_path",
  outFile,
});
const protoFile = "proto/yunhu/v1/msg.proto";

let dir: string;
beforeEach(() => {
  dir = copyRepoForGeneration();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const addToService = (rpcs: string) => {
  const path = join(dir, protoFile);
  const source = readFileSync(path, "utf8");
  const marker = "service MsgService {\n";
  if (!source.includes(marker)) throw new Error("service not found");
  writeFileSync(path, source.replace(marker, `${marker}${rpcs}\n`));
};
const generate = async () => (await generator.run({ root: dir })).get(outFile) ?? "";

describe("yunhu endpoint table generator", () => {
  it("reproduces the committed table", async () => {
    expect(await generate()).toBe(readFileSync(join(repoRoot, outFile), "utf8"));
  });

  it("turns a new rpc into a row: method from the path, codecs from the rpc's types", async () => {
    addToService(
      [
        "  rpc PinMessage(send_message_send.Media) returns (recall_msg) {",
        '    option (yunhu.v1.http_path) = "/v1/msg/pin-message-v2";',
        "    option idempotency_level = IDEMPOTENT;",
        "  }",
        "  rpc Poke(recall_msg_send) returns (recall_msg) {",
        '    option (yunhu.v1.http_path) = "/v1/msg/poke";',
        "  }",
      ].join("\n"),
    );
    const table = await generate();
    expect(table).toContain(
      [
        "  pinMessageV2: {",
        '    rpc: "yunhu.v1.MsgService.PinMessage",',
        '    path: "/v1/msg/pin-message-v2",',
        "    idempotent: true,",
        "    request: v1_msg.sendMessageSend_Media,",
        "    response: v1_msg.recallMsg,",
        "  },",
      ].join("\n"),
    );
    expect(table).toMatch(
      / {2}poke: \{\n {4}rpc: "yunhu\.v1\.MsgService\.Poke",\n {4}path: "\/v1\/msg\/poke",\n {4}idempotent: false,/,
    );
  });

  it("refuses an rpc without an HTTP path, naming it", async () => {
    addToService("  rpc Lost(recall_msg_send) returns (recall_msg);");
    await expect(generate()).rejects.toThrow("yunhu.v1.MsgService.Lost: missing option (yunhu.v1.http_path)");
  });

  it("refuses two rpcs that would become the same method", async () => {
    addToService(
      '  rpc RecallAgain(recall_msg_send) returns (recall_msg) {\n    option (yunhu.v1.http_path) = "/v2/msg/recall-msg";\n  }',
    );
    await expect(generate()).rejects.toThrow(/both map to the method recallMsg/);
  });
});

describe("methodNameFromPath", () => {
  it("lower-camel-cases the last path segment", () => {
    expect(methodNameFromPath("/v1/msg/list-message-by-mid-seq")).toBe("listMessageByMidSeq");
    expect(methodNameFromPath("/v1/msg/send-message")).toBe("sendMessage");
    expect(methodNameFromPath("/v1/msg/recall-msg-batch/")).toBe("recallMsgBatch");
    expect(methodNameFromPath("/v1/msg/poke")).toBe("poke");
  });

  it("rejects segments that do not make an identifier", () => {
    expect(() => methodNameFromPath("/v1/msg/Send_Message")).toThrow(/cannot derive a method name/);
    expect(() => methodNameFromPath("/")).toThrow(/cannot derive a method name/);
  });
});
