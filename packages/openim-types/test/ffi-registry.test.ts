import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as event from "../src/gen/event.js";
import { FuncRequestEventName } from "../src/gen/event.js";
import * as message from "../src/gen/message.js";
import { type FfiName, ffiRegistry } from "../src/index.js";

const codecs: Record<string, unknown> = { ...event, ...message };
const entries = Object.entries(ffiRegistry) as [FfiName, (typeof ffiRegistry)[FfiName]][];

describe("ffiRegistry", () => {
  it("lists every FuncRequestEventName member with its number, and nothing else", () => {
    const members = Object.entries(FuncRequestEventName).filter(
      ([key, value]) => typeof value === "number" && key !== "UNRECOGNIZED",
    );
    expect(Object.fromEntries(entries.map(([name, e]) => [name, e.funcName]))).toEqual(
      Object.fromEntries(members),
    );
  });

  it("pairs functions with XReq/XResp and events with EventOnXData, by name", () => {
    for (const [name, entry] of entries) {
      if (entry.kind === "event") {
        expect(entry.request, name).toBeUndefined();
        expect(entry.result, name).toBe(codecs[`${name}Data`]);
      } else {
        const both = codecs[`${name}Req`] !== undefined && codecs[`${name}Resp`] !== undefined;
        expect(entry.request, name).toBe(both ? codecs[`${name}Req`] : undefined);
        expect(entry.result, name).toBe(both ? codecs[`${name}Resp`] : undefined);
      }
    }
  });

  it("maps the message functions and all events of the five files", () => {
    const mapped = entries.filter(([, e]) => e.result !== undefined).map(([name]) => name);
    expect(mapped).toHaveLength(75);
    expect(mapped.filter((n) => n.startsWith("EventOn"))).toHaveLength(50);
    expect(mapped).toEqual(
      expect.arrayContaining(["SendMessage", "GetAdvancedHistoryMessageListReverse", "CreateForwardMessage"]),
    );
    const unmapped = entries.filter(([, e]) => e.result === undefined).map(([name]) => name);
    expect(unmapped).toEqual(
      expect.arrayContaining(["None", "InitSDK", "Login", "CreateGroup", "GetFriends", "JsSqliteQuery"]),
    );
  });

  it("matches the coverage table in the README", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.slice(
      readme.indexOf("<!-- ffi-coverage:start -->"),
      readme.indexOf("<!-- ffi-coverage:end -->"),
    );
    const rows = [...section.matchAll(/^\| `(\w+)` +\| +(\d+) \|/gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows.sort()).toEqual(entries.map(([name, e]) => [name, e.funcName]).sort());
    expect(section).toContain("**75 of 161**");
  });
});
