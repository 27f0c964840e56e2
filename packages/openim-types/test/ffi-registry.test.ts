import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as conversation from "../src/gen/conversation.js";
import * as event from "../src/gen/event.js";
import { FuncRequestEventName } from "../src/gen/event.js";
import * as group from "../src/gen/group.js";
import * as init from "../src/gen/init.js";
import * as interop from "../src/gen/interop.js";
import * as message from "../src/gen/message.js";
import * as relation from "../src/gen/relation.js";
import * as third from "../src/gen/third.js";
import * as user from "../src/gen/user.js";
import { type FfiName, ffiRegistry } from "../src/index.js";

const codecs: Record<string, unknown> = {
  ...conversation,
  ...event,
  ...group,
  ...init,
  ...interop,
  ...message,
  ...relation,
  ...third,
  ...user,
};
const entries = Object.entries(ffiRegistry) as [FfiName, (typeof ffiRegistry)[FfiName]][];
const row = (name: FfiName) => ffiRegistry[name] as (typeof ffiRegistry)[FfiName];

describe("ffiRegistry", () => {
  it("lists every FuncRequestEventName member but None with its number, and nothing else", () => {
    const members = Object.entries(FuncRequestEventName).filter(
      ([key, value]) => typeof value === "number" && key !== "UNRECOGNIZED" && key !== "None",
    );
    expect(Object.fromEntries(entries.map(([name, e]) => [name, e.funcName]))).toEqual(
      Object.fromEntries(members),
    );
    expect(entries).toHaveLength(160);
  });

  it("sorts the values into 103 functions, 50 events and 7 interop calls", () => {
    const byKind = (kind: string) => entries.filter(([, e]) => e.kind === kind).map(([name]) => name);
    expect(byKind("function")).toHaveLength(103);
    expect(byKind("event")).toHaveLength(50);
    expect(byKind("event").every((name) => name.startsWith("EventOn"))).toBe(true);
    expect(byKind("interop")).toEqual([
      "JsFileOpen",
      "JsFileRead",
      "JsFileClose",
      "JsSqliteOpen",
      "JsSqliteExec",
      "JsSqliteQuery",
      "JsSqliteClose",
    ]);
  });

  it("pairs functions with XReq/XResp, events with EventOnXData, interop with jsXReq/jsXResp", () => {
    for (const [name, entry] of entries) {
      if (entry.result === undefined) continue;
      if (entry.kind === "event") {
        expect(entry.request, name).toBeUndefined();
        expect(entry.result, name).toBe(codecs[`${name}Data`]);
      } else {
        const base =
          entry.kind === "interop"
            ? `js${name.slice(2)}`
            : ({ HandlerFriendRequest: "HandleFriendRequest", UpdateFriends: "UpdatesFriends" }[
                name as string
              ] ?? name);
        expect(entry.request, name).toBe(codecs[`${base}Req`]);
        expect(entry.result, name).toBe(codecs[`${base}Resp`]);
      }
    }
  });

  it("follows the core's irregular names", () => {
    expect(row("HandlerFriendRequest").request).toBe(relation.HandleFriendRequestReq);
    expect(row("UpdateFriends").result).toBe(relation.UpdatesFriendsResp);
    expect(row("JsSqliteQuery")).toMatchObject({ kind: "interop", request: interop.jsSqliteQueryReq });
  });

  it("types 157 of 160 values and keeps the three the core gives no messages as bytes", () => {
    const raw = entries.filter(([, e]) => e.result === undefined);
    expect(entries.length - raw.length).toBe(157);
    expect(raw.map(([name, e]) => [name, e.kind, e.registered, e.request])).toEqual([
      ["GetConversationList", "function", false, undefined],
      ["GetConversation", "function", false, undefined],
      ["UploadFile", "function", true, undefined],
    ]);
    const unregistered = entries.filter(([, e]) => !e.registered).map(([name]) => name);
    expect(unregistered).toEqual(["GetConversationList", "GetConversation"]);
    // 101 functions the core registers; 100 of them typed.
    expect(entries.filter(([, e]) => e.kind === "function" && e.registered)).toHaveLength(101);
  });

  it("matches the coverage table in the README", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.slice(
      readme.indexOf("<!-- ffi-coverage:start -->"),
      readme.indexOf("<!-- ffi-coverage:end -->"),
    );
    const rows = [...section.matchAll(/^\| `(\w+)` +\| +(\d+) \|/gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows.sort()).toEqual(entries.map(([name, e]) => [name, e.funcName]).sort());
    expect(section).toContain("**157 of 160**");
    expect(section).toMatch(
      /\| `UploadFile` +\| +8 \| yes +\| registered, but its request and response are not protobuf/,
    );
  });
});
