// The mapping file is checked against the compiled protos: a missing value, a value listed twice,
// an unknown message, an entry neither typed nor explained all fail generation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDescriptors } from "../../src/buf.js";
import { readFfiMapping } from "../../src/generators/ffi-registry/ffi-mapping.js";
import { repoRoot } from "../copy-repo.js";

const registry = loadDescriptors(repoRoot, "proto/openim");
const path = "proto/openim/ffi-mapping.yaml";
const text = readFileSync(join(repoRoot, path), "utf8");
const read = (source: string) => readFfiMapping(source, path, registry);
const edited = (from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`the mapping does not contain ${from}`);
  return text.replace(from, to);
};

describe("readFfiMapping", () => {
  const mapping = read(text);
  const byName = new Map(mapping.entries.map((entry) => [entry.name, entry]));

  it("reads every value but None, in the enum's order", () => {
    expect(mapping.enumName).toBe("openim.event.FuncRequestEventName");
    expect(mapping.none).toEqual(["None"]);
    expect(mapping.entries).toHaveLength(160);
    expect(mapping.entries.slice(0, 4).map((entry) => entry.name)).toEqual([
      "GetAllConversationList",
      "GetConversationList",
      "GetConversation",
      "InitSDK",
    ]);
  });

  it("resolves messages, the irregular names included", () => {
    expect(byName.get("HandlerFriendRequest")?.request?.typeName).toBe(
      "openim.sdk.relation.HandleFriendRequestReq",
    );
    expect(byName.get("UpdateFriends")?.result?.typeName).toBe("openim.sdk.relation.UpdatesFriendsResp");
    expect(byName.get("JsFileOpen")).toMatchObject({ kind: "interop", registered: true, funcName: 2110 });
    expect(byName.get("JsFileOpen")?.request?.name).toBe("jsFileOpenReq");
    expect(byName.get("EventOnRecvNewMessage")?.result?.typeName).toBe(
      "openim.event.EventOnRecvNewMessageData",
    );
    expect(byName.get("EventOnRecvNewMessage")?.request).toBeUndefined();
  });

  it("keeps the reasons of the raw values and the registered flag", () => {
    expect(byName.get("GetConversation")).toMatchObject({
      registered: false,
      raw: expect.stringContaining("SdkFuncNotFound"),
    });
    expect(byName.get("UploadFile")).toMatchObject({
      registered: true,
      raw: expect.stringContaining("not protobuf messages"),
    });
    expect(mapping.entries.filter((entry) => entry.result !== undefined)).toHaveLength(157);
  });

  it("fails on a value missing from the mapping", () => {
    const withoutVersion = edited(
      "  Version:\n    request: openim.init.VersionReq\n    result: openim.init.VersionResp\n",
      "",
    );
    expect(() => read(withoutVersion)).toThrow(
      "proto/openim/ffi-mapping.yaml: values missing from the mapping: Version",
    );
  });

  it("fails on a value mapped twice, in one section or across two", () => {
    const twiceInSection = edited("functions:\n", 'functions:\n  Login:\n    raw: "again"\n');
    expect(() => read(twiceInSection)).toThrow(/Map keys must be unique/);
    const acrossSections = edited("events:\n", "events:\n  Login: openim.init.LoginResp\n");
    expect(() => read(acrossSections)).toThrow(/Login is mapped twice \(functions and events\)/);
  });

  it("fails on a message the protos do not declare, or a name the enum lacks", () => {
    expect(() =>
      read(edited("result: openim.init.VersionResp", "result: openim.init.VersionAnswer")),
    ).toThrow("functions.Version.result: openim.init.VersionAnswer is not a message in the protos");
    expect(() => read(edited("functions:\n", 'functions:\n  Teleport:\n    raw: "x"\n'))).toThrow(
      "functions.Teleport is not a value of openim.event.FuncRequestEventName",
    );
  });

  it("fails on an entry that is neither typed nor explained", () => {
    expect(() => read(edited("  UploadFile:\n", '  UploadFile:\n    unused: "x"\n'))).toThrow(
      /functions\.UploadFile has unknown keys: unused/,
    );
    const withoutReason = edited(
      '  GetConversation:\n    registered: false\n    raw: "not registered in the core, which answers SdkFuncNotFound"\n',
      "  GetConversation:\n    registered: false\n",
    );
    expect(() => read(withoutReason)).toThrow(
      "functions.GetConversation is not registered, so it has no messages: say why in raw",
    );
    expect(() => read(edited("  InitSDK:\n    request: openim.init.InitSDKReq\n", "  InitSDK:\n"))).toThrow(
      "functions.InitSDK.request must be a message's full name",
    );
  });
});
